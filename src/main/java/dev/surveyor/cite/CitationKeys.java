package dev.surveyor.cite;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Citation keys, by one documented rule:
 *
 * <ol>
 *   <li>the first author's family name when names are known, else the title's first significant
 *       word; then the cited year, if any; then the title's first significant word not used yet.
 *       Letters are folded to ASCII and lower-cased, anything else is dropped ("Schöne" →
 *       "schone"); words without a letter ("0.6") and the small words of {@link #STOP_WORDS} are
 *       skipped; with no word left the key starts with "paper".
 *   <li>Papers that share a key keep it in slug order for the first one; the others get "b", "c", …
 *       (then "aa", "ab", …), skipping any key already taken. A new paper therefore never changes
 *       the key of one that sorts before it.
 * </ol>
 */
public final class CitationKeys {
  /** Words too common to tell papers apart. */
  static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "the", "and", "or", "of", "on", "in", "for", "to", "with", "via", "from", "by",
          "at", "as", "is", "are", "be", "do", "does", "can", "how", "what", "why", "when", "which",
          "into", "we", "our", "your", "its", "towards", "toward", "that", "this", "these");

  private CitationKeys() {}

  /** What a key is made of, for one paper. */
  record Parts(String slug, String title, List<String> authors, Integer year) {}

  /** The key of every paper, by slug. */
  static Map<String, String> assign(List<Parts> papers) {
    Map<String, List<String>> bySlugOrder = new TreeMap<>();
    List<Parts> sorted = papers.stream().sorted(Comparator.comparing(Parts::slug)).toList();
    for (Parts p : sorted) {
      bySlugOrder.computeIfAbsent(base(p), k -> new ArrayList<>()).add(p.slug());
    }
    Set<String> taken = new HashSet<>(bySlugOrder.keySet());
    Map<String, String> keys = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> group : bySlugOrder.entrySet()) {
      List<String> slugs = group.getValue();
      keys.put(slugs.get(0), group.getKey());
      int suffix = 1; // "b" first: the unsuffixed key is the "a"
      for (String slug : slugs.subList(1, slugs.size())) {
        String key;
        do {
          key = group.getKey() + letters(suffix++);
        } while (taken.contains(key));
        taken.add(key);
        keys.put(slug, key);
      }
    }
    return keys;
  }

  /** The key before collisions are resolved. */
  static String base(Parts p) {
    List<String> words = significantWords(p.title());
    StringBuilder key = new StringBuilder();
    int used = 0;
    String family =
        p.authors().isEmpty() ? "" : fold(familyName(p.authors().get(0))).replace(" ", "");
    if (!family.isEmpty()) {
      key.append(family);
    } else if (!words.isEmpty()) {
      key.append(words.get(0));
      used = 1;
    } else {
      key.append("paper"); // a title with no Latin word, and no author
    }
    if (p.year() != null) {
      key.append(p.year());
    }
    if (words.size() > used) {
      key.append(words.get(used));
    }
    return key.toString();
  }

  static List<String> significantWords(String title) {
    List<String> words = new ArrayList<>();
    for (String word : fold(title).split(" +")) {
      if (word.chars().anyMatch(Character::isLetter) && !STOP_WORDS.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  /** "Ada Lovelace" → "Lovelace"; "Lovelace, Ada" → "Lovelace". */
  static String familyName(String name) {
    String trimmed = name.strip();
    int comma = trimmed.indexOf(',');
    if (comma >= 0) {
      return trimmed.substring(0, comma);
    }
    int space = trimmed.lastIndexOf(' ');
    return space < 0 ? trimmed : trimmed.substring(space + 1);
  }

  /**
   * ASCII letters and digits, lower case; accents and apostrophes vanish ("Pretrainer's" →
   * "pretrainers"), any other character becomes a space.
   */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = Character.toLowerCase(decomposed.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      } else if (c != '\'' && c != '\u2019' && Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(' ');
      }
    }
    return out.toString().strip();
  }

  /** 1 → "b", 25 → "z", 26 → "aa", 27 → "ab", … */
  static String letters(int n) {
    StringBuilder s = new StringBuilder();
    int i = n;
    do {
      s.insert(0, (char) ('a' + i % 26));
      i = i / 26 - 1;
    } while (i >= 0);
    return s.toString();
  }
}
