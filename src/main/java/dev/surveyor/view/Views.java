package dev.surveyor.view;

import java.util.List;
import java.util.Map;

/**
 * The records templates see. Every list arrives sorted, every URL relative to the page that shows
 * it, every count computed: templates only loop and print.
 */
public final class Views {
  private Views() {}

  /**
   * Site-wide values, the same on every page.
   *
   * @param feed absolute URL of the Atom feed, or null without a base URL
   * @param openSearch absolute URL of the OpenSearch description, or null without a base URL
   */
  public record SiteView(
      String title,
      String tagline,
      String language,
      String generator,
      String feed,
      String openSearch,
      SourceSite source,
      String repository) {}

  /**
   * The website the listings were captured from, for the footer: "Listings captured from Hugging
   * Face Daily Papers in 2025". Empty name when the survey does not say.
   */
  /**
   * @param assumedYear the capture year, when some paper's date carries it as an assumed year
   *     (marked {@link dev.surveyor.model.ListingDate#ASSUMED_MARK}); else null
   */
  public record SourceSite(String name, String href, String captured, Integer assumedYear) {}

  /**
   * What every page has around its content: title, links to assets and navigation.
   *
   * @param root the way up to the site root ("", "../"), for links the template writes itself
   * @param search the search page, target of the search form in the header
   * @param scripts the page's scripts (files in assets/, never inline), in load order
   */
  public record Frame(
      String path,
      String title,
      String description,
      String home,
      String stylesheet,
      String favicon,
      String canonical,
      List<NavLink> nav,
      String kind,
      String root,
      String search,
      List<String> scripts,
      String base) {
    /**
     * This frame with a {@code <base>} URL: for a page a host serves at any depth (404.html), so
     * its links, written from the root, work wherever it shows.
     */
    public Frame withBase(String url) {
      return new Frame(
          path,
          title,
          description,
          home,
          stylesheet,
          favicon,
          canonical,
          nav,
          kind,
          root,
          search,
          scripts,
          url);
    }
  }

  /**
   * A navigation entry; {@code current} marks the page being shown, {@code inBar} whether the top
   * bar and its phone menu show it (the footer shows every entry).
   */
  public record NavLink(String label, String href, boolean current, boolean inBar) {
    /** A link shown in the top bar and the footer alike. */
    public NavLink(String label, String href, boolean current) {
      this(label, href, current, true);
    }
  }

  /** A link with a label, for small lists (themes of a paper, sources). */
  public record Chip(String label, String href) {}

  /**
   * A paper in a list.
   *
   * @param number the paper's number in the search index (its place in slug order), by which a
   *     list's filter finds what the search found
   * @param date as shown: "20 May 2025*" when the year is the assumed capture year
   * @param dateIso the whole date, an assumed year included, for sorting
   * @param dateTime the {@code <time>} element's machine date; null (no {@code <time>}) when the
   *     year is assumed
   */
  public record PaperItem(
      String slug,
      int number,
      String title,
      String href,
      String summary,
      String date,
      String dateIso,
      String dateTime,
      Integer year,
      Integer upvotes,
      List<Chip> themes,
      String themeKeys) {}

  /** A choice in a select control: the value sent and the label shown. */
  public record Option(String value, String label) {}

  /**
   * The sort and filter controls over a paper list, shown once its script runs.
   *
   * @param list the id of the list they act on
   * @param sorts orders to offer; the first, with value "", is the list's own HTML order
   * @param years years to filter by, newest first, then papers without a known year; empty (no year
   *     control) when too few of the list's papers are dated
   * @param total how many papers the page is about, when it lists only the first of them; else null
   * @param searchHref the search for all {@code total} of them; null when the page lists them all
   */
  public record ListControls(
      String list,
      List<Option> sorts,
      List<Option> years,
      List<Option> themes,
      Integer total,
      String searchHref) {
    /** These controls on a page that lists only some of its {@code total} papers. */
    ListControls partial(int total, String searchHref) {
      return new ListControls(list, sorts, years, themes, total, searchHref);
    }

    /** These controls with a choice of theme, for a list of papers of every theme. */
    ListControls withThemes(List<Option> choices) {
      return new ListControls(list, sorts, years, choices, total, searchHref);
    }
  }

  /** A theme in a list: its size and one-line digest. */
  public record ThemeSummary(String slug, String name, String href, int count, String digest) {}

  /** Totals shown on the home page. */
  public record Totals(int sources, int records, int papers, int merged, int dated) {}

  /**
   * index.html
   *
   * @param introLeadHtml the introduction up to its first heading: what the site is, shown first
   * @param introRestHtml the introduction from its first heading on, after the themes
   * @param recent the newest papers; empty when too few have a date their listing printed
   * @param popular the most upvoted; empty when too few papers have upvotes
   * @param timeline papers over time; null when too few have a date their listing printed
   */
  public record HomePage(
      Frame frame,
      String introLeadHtml,
      String introRestHtml,
      List<ThemeSummary> themes,
      ThemeSummary other,
      List<PaperItem> recent,
      List<PaperItem> popular,
      StartingPoints starts,
      Totals totals,
      String capture,
      String allPapers,
      OverlapChart overlaps,
      OverlapNote overlapNote,
      String entitiesHref,
      String mapHref,
      Timeline timeline,
      String bib,
      String asOf) {}

  /**
   * The home page's papers to start each theme with, under {@code heading}; {@code note} says where
   * they come from.
   */
  public record StartingPoints(String heading, String note, List<ThemeStart> themes) {}

  /**
   * One theme's first papers on the home page: the ones its curated introduction links first, or,
   * when it links none, its strongest matches (the papers whose titles and abstracts score the most
   * points on its phrases: what the rules find most typical, not what matters most). {@code note}
   * says which when the block mixes the two, else null.
   */
  public record ThemeStart(String theme, String href, String note, List<PaperItem> papers) {}

  /** A link with a count: an entity and its mentions, a theme overlap and its size. */
  public record CountLink(String label, String href, int count) {}

  /**
   * A sub-topic of a theme page; {@code id} is its anchor. It lists the first of its {@code total}
   * papers, and {@code searchHref} leads to them all when some are left out (else null); its papers
   * are behind a toggle when {@code folded}, whose label {@code toggle} says what it opens ("Show
   * the 42 papers of Mathematical reasoning"; null when the group is open). {@code counterparts}
   * are the named groups of other pages on the same subject, with {@code counterpartsNote} saying
   * why a paper is on one page and not the other ("" when it need not). {@code nearest}, for a
   * group of the Other page with no counterpart, is the theme's group most like it in wording (null
   * otherwise): a reader who finds a group that nearly repeats a theme's sub-topic is told where
   * that is, and why its papers are not in it.
   */
  public record SubtopicSection(
      String id,
      String label,
      boolean pinned,
      List<String> terms,
      List<PaperItem> papers,
      int total,
      String searchHref,
      String note,
      boolean folded,
      String toggle,
      List<Counterpart> counterparts,
      String counterpartsNote,
      Counterpart nearest) {}

  /**
   * A named group on another page about the same subject as a sub-topic: its name, the page it is
   * on, a link to it there, its size, how many of its papers the sub-topic lists too, and how many
   * are not in the sub-topic's theme at all ({@code outside}; 0 when either page is the Other page,
   * whose note says why), so two counts of one name differ for a reason the page gives.
   */
  public record Counterpart(
      String label, String page, String href, int total, int shared, int outside) {}

  /**
   * themes/<slug>.html, and the "Other" page. Papers come in sub-topics when the theme is large
   * enough to have them, otherwise in {@code papers} alone; {@code grouping} says how many named
   * sub-topics there are and how many papers are in no named group (" in 7 sub-topics, 75 in no
   * named group"), or "". {@code eyebrow} says what kind of page it is: "Theme", or what the
   * "Other" page is. {@code folding} says which groups are folded, as they are ("" when none is).
   */
  public record ThemePage(
      Frame frame,
      String eyebrow,
      String name,
      String digest,
      Overview overview,
      int count,
      List<Segment> sameName,
      List<PaperItem> papers,
      String order,
      String folding,
      List<SubtopicSection> subtopics,
      String grouping,
      List<String> terms,
      List<CountLink> entities,
      List<CountLink> overlaps,
      String bib,
      ListControls controls,
      String searchHref,
      String subtopicsHref) {}

  /**
   * A related paper and what it shares with the one shown.
   *
   * @param shared what the two share, "" when nothing is said or its run's heading says it
   */
  public record RelatedItem(String title, String href, String shared) {}

  /**
   * Related papers in rank order, cut where their reason changes: the papers whose only reason is
   * the named group this paper is also listed under come as one run, headed once by that group
   * (linked to it), not "both in" it on every item; papers that share the same thing with this one
   * come as one run headed by it, not the same reason on every item.
   *
   * @param group the group heading the run, or null
   * @param shares what every paper of the run shares with this one, heading the run, or null
   */
  public record RelatedRun(GroupLink group, String shares, List<RelatedItem> items) {
    public RelatedRun {
      items = List.copyOf(items);
    }
  }

  /** entities/<slug>.html: what an entity is and every paper mentioning it, by theme. */
  public record EntityPage(
      Frame frame,
      String name,
      String kind,
      String description,
      List<String> aliases,
      int count,
      String listedTwice,
      List<Segment> sameNameTheme,
      List<PaperGroup> groups,
      String indexHref,
      String folding) {}

  /**
   * Papers of one theme on an entity's page: the first of {@code total}, and where to find them
   * all; a long section's papers come again in {@code topics}, by the theme's sub-topics, and the
   * template lists those instead (empty for a short section).
   */
  public record PaperGroup(
      String id,
      String label,
      String href,
      List<PaperItem> papers,
      int total,
      String searchHref,
      List<TopicGroup> topics) {
    public PaperGroup {
      papers = List.copyOf(papers);
      topics = List.copyOf(topics);
    }
  }

  /**
   * A sub-topic's papers inside a section of a long entity page; {@code toggle} labels the fold
   * when {@code folded}, else null.
   */
  public record TopicGroup(
      String id, String label, List<PaperItem> papers, boolean folded, String toggle) {
    public TopicGroup {
      papers = List.copyOf(papers);
    }
  }

  /** entities.html: every entity, by kind, with how many papers mention it. */
  public record EntityIndexPage(Frame frame, String title, String lead, List<EntityKind> kinds) {}

  /** One kind of entity on the index page. */
  public record EntityKind(
      String id, String label, List<CountLink> entities, List<String> unused) {}

  /**
   * overlaps/<a>.<b>.html: the papers two themes share, and {@code whyBoth}, by paper slug, why
   * each is in both, in a line.
   */
  public record OverlapPage(
      Frame frame,
      String heading,
      String lead,
      List<Chip> themes,
      List<PaperItem> papers,
      Pager pager,
      Map<String, String> whyBoth) {}

  /**
   * The links of one page of a list too long for one: "1,001–2,000 of 5,300", the previous and next
   * pages (null at the ends) and the numbered pages around this one.
   */
  public record Pager(
      int number, int count, String range, String previous, String next, List<PageLink> links) {}

  /** A numbered page of a list, or a gap ("…") with no address. */
  public record PageLink(String label, String href, boolean current) {}

  /**
   * The overlap chart: one bar per pair of themes that share papers, longest first. Geometry is
   * computed here; the template only draws.
   */
  public record OverlapChart(int width, int height, List<OverlapBar> bars) {}

  /**
   * The overlaps told where too few papers share themes to chart: {@code lead}, then each pair
   * linked, with its count and an example paper; the pairs sharing a single paper, each named with
   * that paper in {@code single} when they are few, else counted in {@code rest} (else null).
   */
  public record OverlapNote(
      String lead, List<OverlapPair> pairs, List<OverlapPair> single, String rest) {}

  /** A pair of themes sharing {@code count} papers, with one of them as an example. */
  public record OverlapPair(
      String label, String href, int count, String example, String exampleHref) {}

  /** A bar of the overlap chart: its label above it, its length, and the list it links to. */
  public record OverlapBar(
      String label, String href, int count, int labelY, int barY, int barWidth, int countX) {}

  /**
   * map.html: every paper as a link on a plot {@code width} by {@code height}, with a band {@code
   * readout} high below it where the title of the point in focus shows.
   *
   * @param coreX where the margins of outliers end on the left (and begin as far from the right)
   * @param coreY the same from the top and the bottom
   * @param border the frame drawn around the points, every one inside it
   * @param outliers how many papers lie beyond the margins' inner edges, drawn nearer than they are
   */
  public record MapPage(
      Frame frame,
      String lead,
      int width,
      int height,
      int readout,
      double coreX,
      double coreY,
      MapBorder border,
      List<MapDot> dots,
      List<MapLabel> labels,
      String labelNote,
      List<LegendItem> legend,
      int outliers,
      int shown,
      int total) {}

  /** The map's frame, in the plot's units. */
  public record MapBorder(double x, double y, double width, double height) {}

  /**
   * A region's name on the map, its lines centred on ({@code x}, {@code y}).
   *
   * @param firstLine the first line's shift from the centre, in ems (the others follow at {@code
   *     lineHeight} ems), so the block is centred at any font size
   * @param tone the colour of the theme it names, or 0 for a named sub-topic
   */
  public record MapLabel(
      List<String> lines, double x, double y, double firstLine, double lineHeight, int tone) {
    public MapLabel {
      lines = List.copyOf(lines);
    }

    /** A theme's name (its colour in the legend); a sub-topic's is tone 0. */
    public boolean theme() {
      return tone > 0;
    }
  }

  /** A paper on the map; {@code tone} picks its colour class. */
  public record MapDot(String title, String href, double x, double y, int tone, boolean outlier) {}

  /**
   * One colour of the map: the dots drawn in it, and the theme's size where that differs (a paper
   * in two themes takes one colour), so each number counts one thing.
   *
   * @param themeSize the theme page's count when not {@code dots}; else null
   */
  public record LegendItem(String label, String href, int tone, int dots, Integer themeSize) {}

  /**
   * papers.html: the papers in folded groups by the first letter of their titles, with an index of
   * the letters; on a survey too large for one page, each page of the list so grouped.
   */
  public record ListPage(
      Frame frame,
      String heading,
      String lead,
      List<TitleGroup> groups,
      ListControls controls,
      Pager pager) {}

  /**
   * The papers of one letter in the list of all papers.
   *
   * @param id the group's anchor; its list's is {@code id + "-papers"}
   * @param letter the letter in the index ("A", or "#" for digits and symbols)
   * @param name the group's heading
   * @param first the start of its first title, as a dictionary's guide word
   * @param last the start of its last title; null when the group holds one paper
   */
  public record TitleGroup(
      String id, String letter, String name, String first, String last, List<PaperItem> papers) {}

  /**
   * search.html: the search form with its filters, and the lists to browse without a script.
   *
   * @param lead what is searched, said honestly (whole abstracts or their first sentences)
   * @param themes theme filter choices, "" for all
   * @param years year filter choices, "" for all; empty (no year filter) when too few papers are
   *     dated
   */
  public record SearchPage(
      Frame frame,
      String lead,
      int total,
      List<Option> themes,
      List<Option> years,
      List<ThemeSummary> browse,
      ThemeSummary other,
      String allPapers) {}

  /** A run of abstract text; {@code href} is set when the run is a link. */
  public record Segment(String text, String href) {}

  /** A label and value in a paper's metadata; {@code href} is set when the value is a link. */
  public record Fact(String label, String value, String href) {
    public Fact(String label, String value) {
      this(label, value, null);
    }
  }

  /**
   * What a curator replaced on a paper page, and the text as captured: "title", "abstract" or
   * "title and abstract"; the captured title or abstract is null where it was not replaced.
   */
  public record Captured(String replaced, String title, String abstractText) {}

  /**
   * Where a paper was found, in a reader's words: "Listed by " + the source's name (linked) + ", in
   * 2 of the 5 listings captured in 2025."
   */
  public record FoundIn(String before, String sourceName, String sourceHref, String after) {}

  /**
   * Where a paper was read: "Listing 2 of 5, line 407", and for curators the file
   * ("sources/x.txt:407").
   */
  public record SourceRef(String label, String location, String title) {}

  /**
   * A reason a theme's rules found in a paper, with the points it adds ("+3") or takes ("−1"): the
   * words before the quoted phrase ("a title about "), the phrase, and what follows (" in the title
   * and ×3 in the abstract", " points away from reasoning").
   */
  public record EvidenceView(
      String lead, String phrase, String detail, String points, boolean against) {}

  /**
   * A theme's decision on a paper, in words ("Placed here by the theme's phrases: 12 points (a
   * paper joins the theme at 8.5 points)."), with the phrases behind it and, where a learned model
   * decided, the labelled papers most like this one that were labelled the same way.
   */
  public record ThemeVerdict(
      String name,
      String href,
      String decision,
      List<EvidenceView> evidence,
      List<Chip> examples) {}

  /** A search for a paper elsewhere ("arXiv", "Google Scholar"), or its arXiv page when known. */
  public record FindLink(String label, String href) {}

  /**
   * Where to find a paper elsewhere, said as what the links do: its page, when an arXiv id is known
   * (else null), and searches for its title, which a reader should not take for the paper's page.
   */
  public record FindLinks(FindLink page, List<FindLink> titleSearches) {}

  /**
   * A paper's standing with a theme in a few words, shown before the folded scoring: "Reasoning:
   * placed by the theme's phrases."
   */
  public record Standing(String theme, String href, String clause, boolean removed) {}

  /**
   * The papers before and after this one in the order the theme's page lists them.
   *
   * @param position this paper's place in that order, from 1
   * @param page whose order it is: "the theme page's order", "the Other page's order"
   * @param order how the page orders its papers: "by sub-topic, then strongest evidence first"
   */
  public record Neighbours(
      String theme,
      String themeHref,
      Chip previous,
      Chip next,
      int position,
      int count,
      String page,
      String order) {}

  /**
   * papers/<slug>.html
   *
   * @param standings each theme it is in or a curator took it out of, in a few words
   * @param scoringSummary the line that unfolds the phrases and points behind the standings
   * @param links the abstract's links that its text does not already show as links
   * @param curatedSummary the curator's list summary, which lists show instead of a sentence of the
   *     abstract; empty when they show the chosen sentence
   * @param unthemed for a paper in no theme, why, in the words before the link to the Other page
   *     ("…, so it is listed under"); empty for a paper in a theme
   * @param namedGroup the first named sub-topic the paper is listed under, where a page with no
   *     related paper points its reader (review 20 read a page without the section as broken); null
   *     when it is in none
   */
  public record PaperPage(
      Frame frame,
      String title,
      String summary,
      List<Segment> abstractText,
      List<Fact> facts,
      FindLinks find,
      FoundIn found,
      Captured captured,
      String curatedSummary,
      List<SourceRef> sources,
      List<ThemeVerdict> themes,
      List<ThemeVerdict> removed,
      List<ThemeVerdict> nearMisses,
      List<Standing> standings,
      String scoringSummary,
      String howHref,
      String noteHtml,
      List<String> links,
      List<Neighbours> neighbours,
      String otherHref,
      List<RelatedRun> related,
      List<CountLink> entities,
      CitationBlock citation,
      PaperHead head,
      String curatorDecision,
      List<GroupLink> groups,
      List<CountLink> introduces,
      String noteHeading,
      String unthemed,
      GroupLink namedGroup) {}

  /**
   * Where a paper is listed on a theme's page (or the Other page), linked to that section: a named
   * sub-topic ("In Reasoning, listed under RL for reasoning"), or, {@code named} false, the papers
   * in no named group ("In Reasoning, listed among the papers in no named group").
   */
  public record GroupLink(String theme, String label, String href, boolean named) {
    /** A named sub-topic's link. */
    public GroupLink(String theme, String label, String href) {
      this(theme, label, href, true);
    }
  }

  /** A free page from content/pages, and the 404 page. */
  public record TextPage(Frame frame, String title, String bodyHtml, List<Heading> contents) {
    public TextPage {
      contents = List.copyOf(contents);
    }
  }

  /**
   * A section of a curated page in its contents list: its anchor, and its heading's words as the
   * sanitised HTML has them (entities escaped, tags removed).
   */
  public record Heading(String id, String labelHtml) {}

  /**
   * A paper's BibTeX entry, shown for copying, with what it leaves out and why.
   *
   * @param gaps sentences on fields the entry lacks because no source gives them
   * @param caution said beside the copy button when the entry has only a title, else ""
   * @param surveyBib link to the whole survey's BibTeX file
   * @param script link to the copy button's script
   * @param lookups for a title-only entry, title searches that export the full entry (the page
   *     leads with them and folds the stub); empty otherwise
   */
  public record CitationBlock(
      String key,
      String bibtex,
      List<String> gaps,
      String caution,
      String surveyBib,
      String script,
      List<FindLink> lookups) {}

  /** A {@code <meta name content>} pair. */
  public record MetaTag(String name, String content) {}

  /**
   * What a paper page adds to {@code <head>}: Google Scholar's {@code citation_*} tags and a
   * JSON-LD {@code ScholarlyArticle}, already safe to print inside {@code <script>}.
   */
  public record PaperHead(List<MetaTag> meta, String jsonLd) {}

  /**
   * Papers per year, for the whole survey and for each theme, drawn as small bar charts. Every
   * chart shares one scale so heights compare across themes.
   *
   * @param years the columns, every year from the first dated paper to the last
   * @param dated papers with a date (their year printed or assumed)
   * @param assumed of those, papers whose year is the capture year, not printed
   * @param assumedYear the capture year, or null
   */
  public record Timeline(
      List<Integer> years,
      List<TimelineChart> charts,
      List<TimelineChart> rows,
      String fewDated,
      int papers,
      int dated,
      int undated,
      int assumed,
      Integer assumedYear,
      int width,
      int height,
      int baseline,
      int yearY) {}

  /** One chart: a theme (or all papers) and its bars; {@code cells} are for the table. */
  public record TimelineChart(
      String label,
      String href,
      int dated,
      int undated,
      String description,
      List<TimelineBar> bars,
      List<String> cells) {}

  /**
   * One year's bar, in SVG user units: the printed-year part at the bottom, the assumed-year part
   * stacked on it, the total above. Labels are left out where columns are too narrow for them; the
   * table still has every number.
   */
  public record TimelineBar(
      int year,
      int printed,
      int assumed,
      int total,
      int x,
      int width,
      int printedY,
      int printedHeight,
      int assumedY,
      int assumedHeight,
      int labelX,
      int labelY,
      boolean showTotal,
      boolean showYear) {}
}
