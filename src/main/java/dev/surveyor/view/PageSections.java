package dev.surveyor.view;

import dev.surveyor.view.Views.Heading;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A curated page made scannable: every section heading gets an anchor, a page of several sections a
 * contents list of them, and each {@code ###} sub-section is folded under its heading, which stays
 * in view as the fold's label. Methodology ran to 5,300 px of prose at 1280 px; the curator marks
 * its technical parts with {@code ###} and a reader sees the outline first. A {@code <details>}
 * element opens without a script, and prints open ({@code print-open}).
 *
 * @param html the page's HTML with anchors and folds
 * @param contents its sections, in order; empty when it has fewer than {@link #CONTENTS_FROM}
 */
record PageSections(String html, List<Heading> contents) {
  /** A page of this many sections or more lists them first; one or two are seen at a glance. */
  static final int CONTENTS_FROM = 3;

  // The sanitised Markdown's headings carry no attributes (the safelist drops them).
  private static final Pattern HEADING = Pattern.compile("<h([23])>(.*?)</h\\1>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  /** Ids the page around the text uses (layout.ftlh), which a heading's must not repeat. */
  private static final Set<String> TAKEN =
      Set.of(
          "top",
          "main",
          "contents-heading",
          "site-search-q",
          "list-filter",
          "list-sort",
          "list-theme",
          "list-year");

  PageSections {
    contents = List.copyOf(contents);
  }

  static PageSections of(String html) {
    Set<String> used = new HashSet<>(TAKEN);
    List<Heading> sections = new ArrayList<>();
    StringBuilder out = new StringBuilder(html.length() + 512);
    Matcher heading = HEADING.matcher(html);
    int at = 0;
    boolean folding = false;
    while (heading.find()) {
      out.append(html, at, heading.start());
      if (folding) {
        out.append("</details>\n");
        folding = false;
      }
      String inner = heading.group(2);
      String id = unique(slug(TAG.matcher(inner).replaceAll("")), used);
      if (heading.group(1).equals("2")) {
        sections.add(new Heading(id, TAG.matcher(inner).replaceAll("")));
        out.append("<h2 id=\"").append(id).append("\">").append(inner).append("</h2>");
      } else {
        out.append("<details class=\"page-fold print-open\"><summary><h3 id=\"")
            .append(id)
            .append("\">")
            .append(inner)
            .append("</h3></summary>");
        folding = true;
      }
      at = heading.end();
    }
    out.append(html, at, html.length());
    if (folding) {
      out.append("</details>\n");
    }
    return new PageSections(
        out.toString(), sections.size() >= CONTENTS_FROM ? sections : List.of());
  }

  /** Whether any sub-section is folded (the page then needs print.js for other browsers' print). */
  boolean folds() {
    return html.contains("<details class=\"page-fold");
  }

  /** "How accurate the grouping is" → "how-accurate-the-grouping-is"; never empty. */
  static String slug(String text) {
    String slug =
        text.toLowerCase(Locale.ROOT)
            .replaceAll("&[a-z0-9#]+;", " ")
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "section" : slug;
  }

  private static String unique(String slug, Set<String> used) {
    String id = slug;
    for (int n = 2; !used.add(id); n++) {
      id = slug + "-" + n;
    }
    return id;
  }
}
