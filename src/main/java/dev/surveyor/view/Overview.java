package dev.surveyor.view;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A curated overview cut where its first heading starts: the lead (what the theme is, where to
 * start) shown at once, the sections after it folded on a theme page. Reasoning's overview is 1,200
 * words, nine phone screens before the first paper when shown whole.
 *
 * @param leadHtml the overview up to its first heading, or all of it when it has none
 * @param restHtml the overview from its first heading, or "" when it has none
 */
public record Overview(String leadHtml, String restHtml) {
  private static final Pattern HEADING = Pattern.compile("<h[1-6][\\s>]");

  static Overview of(String html) {
    Matcher heading = HEADING.matcher(html);
    if (!heading.find() || html.substring(0, heading.start()).isBlank()) {
      return new Overview(html, "");
    }
    return new Overview(html.substring(0, heading.start()), html.substring(heading.start()));
  }
}
