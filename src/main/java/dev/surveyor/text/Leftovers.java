package dev.surveyor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a capture broke in a title or abstract that cannot be mended without guessing: a name it
 * dropped ("approach, i.e., , to"), apostrophes it lost ("Atlas-Chat s 48.4 ."), words it glued
 * ("experienceCode"), LaTeX no rule reads, and links through a mirror or proxy host (one that
 * {@link MirrorHosts} maps to its original is linked there, and listed as such). Found for the
 * curator, who can replace the text in the paper's note; never changed here.
 */
public final class Leftovers {
  /** One leftover: what it is, and the words around it. */
  public record Leftover(String problem, String excerpt) {}

  /**
   * @param mayMatch a cheap test that is true of every text the pattern finds something in: most
   *     texts have no leftover, and running five patterns at every character of every abstract was
   *     a tenth of a large build
   */
  private record Kind(String problem, Pattern pattern, Predicate<String> mayMatch) {}

  private static final int AROUND = 30;

  private static final Kind MIRROR =
      new Kind(
          "a link through a mirror or proxy host",
          Pattern.compile(
              "(?i)https?://[^\\s/]*(?:mirror|proxy|workers\\.dev|hf-[0-9]+\\.pages\\.dev)[^\\s/]*"),
          text -> text.contains("://"));

  /** Braces and quote marks around or in a link too: "MIS/{https://…}", "{{small https://…}}". */
  private static final Kind BRACES =
      new Kind(
          "braces or a quote mark the capture left",
          Pattern.compile("\\{\\{|}}|\\{(?=https?://)|(?<!')''(?!')"),
          text ->
              text.contains("{{")
                  || text.contains("}}")
                  || text.contains("{http")
                  || text.contains("''"));

  private static final List<Kind> KINDS =
      List.of(
          new Kind(
              "a name the capture dropped",
              Pattern.compile(",\\s+,|\\(\\s*\\)|\\bi\\.e\\.,\\s*[,.]"),
              text ->
                  text.contains("i.e.,")
                      || closedAfterSpaces(text, ',', ',')
                      || closedAfterSpaces(text, '(', ')')),
          new Kind(
              "apostrophes the capture dropped",
              Pattern.compile("(?<=\\p{L}) s (?=[\\p{N}\\p{Ll}])|(?<=[\\p{L}\\p{N}]) \\.(?=\\s|$)"),
              text -> text.contains(" s ") || text.contains(" .")),
          new Kind(
              "words the capture glued together",
              Pattern.compile("(?<![\\w/.@#-])\\p{Ll}{4,}\\p{Lu}\\p{Ll}{2,}\\b"),
              Leftovers::capitalAfterLowercase),
          new Kind(
              "sentences the capture glued together",
              Pattern.compile("(?<![\\w/.@#-])\\p{Ll}{3,}\\.\\p{Lu}\\p{Ll}+\\b"),
              Leftovers::capitalAfterStop),
          BRACES,
          new Kind(
              "LaTeX left as written",
              Pattern.compile("\\\\[A-Za-z]{2,}|[_^]\\{"),
              text -> text.indexOf('\\') >= 0 || text.contains("_{") || text.contains("^{")),
          MIRROR);

  private Leftovers() {}

  /** The leftovers in a text, in the order of the kinds, then of their place in the text. */
  public static List<Leftover> in(String text) {
    List<Leftover> found = new ArrayList<>();
    for (Kind kind : KINDS) {
      if (!kind.mayMatch().test(text)) {
        continue;
      }
      Matcher m = kind.pattern().matcher(text);
      while (m.find()) {
        if (kind != BRACES && afterLink(text, m.start())) {
          continue; // authors leave a space between a link and the full stop on purpose
        }
        String problem = kind.problem();
        if (kind == MIRROR) {
          int end = LinkExtractor.tokenEnd(text, m.start());
          String url = LinkExtractor.repair(text.substring(m.start(), end));
          if (url != null && !url.regionMatches(true, 0, m.group(), 0, m.group().length())) {
            // mapped to the original host: said, so a curator knows the link was changed
            problem = "a link through a mirror host, linked to the original: " + url;
          }
        }
        found.add(new Leftover(problem, excerpt(text, m.start(), m.end())));
      }
    }
    return List.copyOf(found);
  }

  /** Whether some {@code open} is followed by {@code close} after nothing but white space. */
  private static boolean closedAfterSpaces(String text, char open, char close) {
    for (int at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + 1)) {
      int next = at + 1;
      while (next < text.length() && isSpace(text.charAt(next))) {
        next++;
      }
      if (next < text.length() && text.charAt(next) == close) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a capital letter and two lowercase ones follow four lowercase ones that a glued word
   * may start with (after none of {@code [\\w/.@#-]}): "HumanEval" is a name, not glued words. A
   * surrogate counts as either case, so letters beyond the first plane are never missed.
   */
  private static boolean capitalAfterLowercase(String text) {
    int start = -1; // where a glued word may begin in the current run of lowercase letters
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (start >= 0
          && i - start >= 4
          && (Character.isUpperCase(c) || Character.isSurrogate(c))
          && lowercaseAt(text, i + 1)
          && lowercaseAt(text, i + 2)) {
        return true;
      }
      if (!lowercaseAt(text, i)) {
        start = -1;
      } else if (start < 0 && (i == 0 || !continuesWord(text.charAt(i - 1)))) {
        start = i;
      }
    }
    return false;
  }

  /** Whether a full stop between a lowercase letter and a capital joins two sentences. */
  private static boolean capitalAfterStop(String text) {
    for (int at = text.indexOf('.'); at >= 0; at = text.indexOf('.', at + 1)) {
      if (at > 0
          && Character.isLowerCase(text.charAt(at - 1))
          && at + 1 < text.length()
          && Character.isUpperCase(text.charAt(at + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean lowercaseAt(String text, int i) {
    return i < text.length()
        && (Character.isLowerCase(text.charAt(i)) || Character.isSurrogate(text.charAt(i)));
  }

  /** The characters a glued word never follows: {@code [\\w/.@#-]}. */
  private static boolean continuesWord(char c) {
    return c >= 'a' && c <= 'z'
        || c >= 'A' && c <= 'Z'
        || c >= '0' && c <= '9'
        || "_/.@#-".indexOf(c) >= 0;
  }

  /** The white space of {@code \\s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** Whether the word just before {@code at} is a link. */
  private static boolean afterLink(String text, int at) {
    int start = text.lastIndexOf(' ', Math.max(0, at - 1)) + 1;
    return start < at && text.substring(start, at).contains("/");
  }

  private static String excerpt(String text, int start, int end) {
    int from = Math.max(0, start - AROUND);
    int to = Math.min(text.length(), end + AROUND);
    return (from > 0 ? "…" : "")
        + text.substring(from, to).strip()
        + (to < text.length() ? "…" : "");
  }
}
