package dev.surveyor.text;

import java.util.ArrayList;
import java.util.List;
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

  private record Kind(String problem, Pattern pattern) {}

  private static final int AROUND = 30;

  private static final Kind MIRROR =
      new Kind(
          "a link through a mirror or proxy host",
          Pattern.compile(
              "(?i)https?://[^\\s/]*(?:mirror|proxy|workers\\.dev|hf-[0-9]+\\.pages\\.dev)[^\\s/]*"));

  private static final List<Kind> KINDS =
      List.of(
          new Kind(
              "a name the capture dropped",
              Pattern.compile(",\\s+,|\\(\\s*\\)|\\bi\\.e\\.,\\s*[,.]")),
          new Kind(
              "apostrophes the capture dropped",
              Pattern.compile(
                  "(?<=\\p{L}) s (?=[\\p{N}\\p{Ll}])|(?<=[\\p{L}\\p{N}]) \\.(?=\\s|$)")),
          new Kind(
              "words the capture glued together",
              Pattern.compile("(?<![\\w/.@#-])\\p{Ll}{4,}\\p{Lu}\\p{Ll}{2,}\\b")),
          new Kind("LaTeX left as written", Pattern.compile("\\\\[A-Za-z]{2,}|[_^]\\{")),
          MIRROR);

  private Leftovers() {}

  /** The leftovers in a text, in the order of the kinds, then of their place in the text. */
  public static List<Leftover> in(String text) {
    List<Leftover> found = new ArrayList<>();
    for (Kind kind : KINDS) {
      Matcher m = kind.pattern().matcher(text);
      while (m.find()) {
        if (afterLink(text, m.start())) {
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
