package dev.surveyor.text;

import dev.surveyor.model.LinkSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Captured text as runs of plain text and links, each link shown as a reader should see it. Two
 * captures' breakages show as the address they break: "https: //x" as "https://x", and Markdown's
 * "[url](url)" (brackets sometimes lost) as the url once; a link through a known mirror shows the
 * original host it goes to. Anything else stays as captured. The paper page, its JSON-LD and the
 * feed all say the same text this way.
 */
public final class ShownLinks {
  /** A run of the text: plain when {@code url} is null, else a link shown as {@code text}. */
  public record Run(String text, String url) {}

  private ShownLinks() {}

  public static List<Run> runs(String text) {
    return shown(text, LinkExtractor.find(text));
  }

  /**
   * As {@link #runs(String)}, for a text whose links were found when it was read: {@code spans} is
   * what {@link LinkExtractor#find} found in it (a paper's abstract and its {@code linkSpans}), so
   * the text is not searched again.
   */
  public static List<Run> runs(String text, List<LinkSpan> spans) {
    if (spans.isEmpty()) {
      return text.isEmpty() ? List.of() : List.of(new Run(text, null));
    }
    return shown(text, spans);
  }

  private static List<Run> shown(String text, List<LinkSpan> spans) {
    List<Run> runs = new ArrayList<>();
    int at = 0;
    for (LinkSpan span : spans) {
      int start = span.start();
      String shown = text.substring(start, span.end());
      String twice = span.url() + "](" + span.url();
      if (shown.equals(twice) || shown.equals(twice + ")")) {
        shown = span.url();
        start -= start > at && text.charAt(start - 1) == '[' ? 1 : 0; // captures lose brackets
      }
      shown = LinkExtractor.closeScheme(shown);
      if (MirrorHosts.original(shown).isPresent()) {
        shown = span.url(); // the original host, as the link goes there
      }
      if (start > at) {
        runs.add(new Run(text.substring(at, start), null));
      }
      runs.add(new Run(shown, span.url()));
      at = span.end();
    }
    if (at < text.length()) {
      runs.add(new Run(text.substring(at), null));
    }
    return runs;
  }

  /**
   * As {@link #plain(String)}, for a text whose links were found: see {@link #runs(String, List)}.
   */
  public static String plain(String text, List<LinkSpan> spans) {
    return spans.isEmpty() ? text : plain(runs(text, spans));
  }

  /** The text as the runs show it, without markup: for JSON-LD and the feed. */
  public static String plain(String text) {
    // the links found once: a text with none is one run of itself (none at all when empty)
    return text.isEmpty() ? text : plain(runs(text));
  }

  /**
   * The text of these runs without markup: {@link #plain(String)} of the text they were made of.
   */
  public static String plain(List<Run> runs) {
    if (runs.size() == 1) {
      return runs.get(0).text();
    }
    StringBuilder out = new StringBuilder();
    runs.forEach(run -> out.append(run.text()));
    return out.toString();
  }
}
