package dev.surveyor.view;

import dev.surveyor.model.Paper;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A list of papers in title order split by the first letter of their titles, so the list of all
 * papers shows its alphabet first and a reader opens the one letter they need. Accents count as
 * their letter ("Évaluer" under E); titles opening on a digit or a symbol share one group, last.
 */
final class TitleGroups {
  /** The key of the group of titles that open on no letter from A to Z. */
  static final String OTHER = "other";

  /** The most characters of a title a group's summary shows as its first or last. */
  static final int GUIDE = 36;

  private TitleGroups() {}

  /** One letter's papers, in the order given. */
  record Group(String key, List<Paper> papers) {
    /** What the reader sees: the capital letter, or "#" for the rest. */
    String letter() {
      return key.equals(OTHER) ? "#" : key.toUpperCase(Locale.ROOT);
    }

    /** The group's heading: the letter, or what the other group holds. */
    String name() {
      return key.equals(OTHER) ? "Digits and symbols" : letter();
    }
  }

  /** The groups of {@code byTitle}, A to Z then the rest; each keeps the order it is given. */
  static List<Group> of(List<Paper> byTitle) {
    Map<String, List<Paper>> groups = new TreeMap<>();
    for (Paper paper : byTitle) {
      groups.computeIfAbsent(key(paper.title()), k -> new ArrayList<>()).add(paper);
    }
    List<Group> out = new ArrayList<>();
    groups.forEach(
        (key, papers) -> {
          if (!key.equals(OTHER)) {
            out.add(new Group(key, List.copyOf(papers)));
          }
        });
    if (groups.containsKey(OTHER)) {
      out.add(new Group(OTHER, List.copyOf(groups.get(OTHER))));
    }
    return List.copyOf(out);
  }

  /**
   * {@code byTitle} in the groups' order, each group's papers in the order given: the order of the
   * list of all papers, so a list split into pages splits between letters, not across them.
   */
  static List<Paper> ordered(List<Paper> byTitle) {
    return of(byTitle).stream().flatMap(g -> g.papers().stream()).toList();
  }

  /**
   * The start of a title as a dictionary's guide word: whole words up to {@link #GUIDE} characters,
   * and "…" when words were left out.
   */
  static String guide(String title) {
    if (title.length() <= GUIDE) {
      return title;
    }
    int cut = title.lastIndexOf(' ', GUIDE);
    String start = title.substring(0, cut > GUIDE / 2 ? cut : GUIDE).strip();
    return start.replaceAll("[\\s,:;.–—-]+$", "") + "…";
  }

  /**
   * The letter a title files under: its first letter or digit, accents removed, in lower case;
   * {@link #OTHER} when that is no letter from a to z. Leading quotes and brackets are skipped.
   */
  static String key(String title) {
    for (int i = 0; i < title.length(); ) {
      int cp = title.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        String bare =
            Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
                .substring(0, 1)
                .toLowerCase(Locale.ROOT);
        char c = bare.charAt(0);
        return c >= 'a' && c <= 'z' ? bare : OTHER;
      }
    }
    return OTHER;
  }
}
