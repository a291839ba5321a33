package dev.surveyor.view;

import java.util.List;

/**
 * The records templates see. Every list arrives sorted, every URL relative to the page that
 * shows it, every count computed: templates only loop and print.
 */
public final class Views {
  private Views() {}

  /** Site-wide values, the same on every page. */
  public record SiteView(String title, String tagline, String language, String generator) {}

  /** What every page has around its content: title, links to assets and navigation. */
  public record Frame(
      String path,
      String title,
      String description,
      String home,
      String stylesheet,
      String favicon,
      String canonical,
      List<NavLink> nav,
      String kind) {}

  /** A navigation entry; {@code current} marks the page being shown. */
  public record NavLink(String label, String href, boolean current) {}

  /** A link with a label, for small lists (themes of a paper, sources). */
  public record Chip(String label, String href) {}

  /** A paper in a list. */
  public record PaperItem(
      String slug,
      String title,
      String href,
      String summary,
      String date,
      String dateIso,
      Integer upvotes,
      List<Chip> themes) {}

  /** A theme in a list: its size and one-line digest. */
  public record ThemeSummary(String slug, String name, String href, int count, String digest) {}

  /** Totals shown on the home page. */
  public record Totals(int sources, int records, int papers, int merged, int dated) {}

  /** index.html */
  public record HomePage(
      Frame frame,
      String introHtml,
      List<ThemeSummary> themes,
      ThemeSummary other,
      List<PaperItem> recent,
      List<PaperItem> popular,
      Totals totals,
      String allPapers) {}

  /** themes/<slug>.html, and the "Other" page. */
  public record ThemePage(
      Frame frame,
      String name,
      String digest,
      String introHtml,
      int count,
      List<PaperItem> papers,
      String order) {}

  /** papers.html */
  public record ListPage(Frame frame, String heading, String lead, List<PaperItem> papers) {}

  /** A run of abstract text; {@code href} is set when the run is a link. */
  public record Segment(String text, String href) {}

  /** A label and value in a paper's metadata. */
  public record Fact(String label, String value) {}

  /** Where a paper was found. */
  public record SourceRef(String file, int line, String title) {}

  /** One piece of evidence for a theme, as a reader sees it. */
  public record EvidenceView(String field, String text, int count, String points) {}

  /** A paper's standing with a theme and why. */
  public record ThemeVerdict(
      String name,
      String href,
      boolean member,
      String decision,
      String score,
      String threshold,
      List<EvidenceView> evidence) {}

  /** The papers before and after this one in a theme's order. */
  public record Neighbours(String theme, String themeHref, Chip previous, Chip next) {}

  /** papers/<slug>.html */
  public record PaperPage(
      Frame frame,
      String title,
      List<Segment> abstractText,
      List<Fact> facts,
      List<SourceRef> sources,
      List<ThemeVerdict> themes,
      List<ThemeVerdict> nearMisses,
      String noteHtml,
      List<String> links,
      List<Neighbours> neighbours,
      String otherHref) {}

  /** A free page from content/pages, and the 404 page. */
  public record TextPage(Frame frame, String title, String bodyHtml) {}
}
