package dev.surveyor.view;

import dev.surveyor.diag.Diagnostics;
import dev.surveyor.link.Urls;
import dev.surveyor.markdown.MarkdownRenderer;
import dev.surveyor.model.Entity;
import dev.surveyor.model.ExtraPage;
import dev.surveyor.model.Layout;
import dev.surveyor.model.Markdown;
import dev.surveyor.model.Paper;
import dev.surveyor.model.PaperAnalysis;
import dev.surveyor.model.ParsedListing;
import dev.surveyor.model.Provenance;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.text.Text;
import dev.surveyor.view.Views.Chip;
import dev.surveyor.view.Views.FoundIn;
import dev.surveyor.view.Views.Frame;
import dev.surveyor.view.Views.NavLink;
import dev.surveyor.view.Views.Option;
import dev.surveyor.view.Views.PaperItem;
import dev.surveyor.view.Views.SourceRef;
import dev.surveyor.view.Views.ThemeSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** What every page builder shares: the survey, theme orders, frames, list items and Markdown. */
final class ViewContext {
  /** Alphabetical, case-blind, ending on the unique slug; the scripts sort titles the same way. */
  static final Comparator<Paper> BY_TITLE =
      Comparator.comparing((Paper p) -> p.title().toLowerCase(Locale.ROOT))
          .thenComparing(Paper::slug);

  final Survey survey;
  private final Diagnostics diagnostics;
  private final MarkdownRenderer markdown;
  private final List<Paper> byTitle;
  private final Map<String, Theme> themes = new HashMap<>();
  private final Map<String, ReadingOrder> readingOrders = new HashMap<>();
  private final Set<String> entitySlugs;
  private final Set<String> pageSlugs;
  private final Set<String> paperFiles;
  // The listings numbered in the order they are read, to count them ("in 2 of the 5 listings").
  private final Map<String, Integer> listingNumbers = new HashMap<>();
  // Each file's name as Methodology's table gives it ("Third"), so a paper page and the table name
  // a listing alike: a number beside a file named 002_… read as off by one.
  private final Map<String, String> listingNames = new HashMap<>();
  // The pages the navigation links to, each marked there as the page's own; and the navigations of
  // all other pages, by depth and kind (pages are made on all cores).
  private final Set<String> navTargets = new HashSet<>();
  private final Map<String, List<NavLink>> sharedNavs = new ConcurrentHashMap<>();

  ViewContext(Survey survey, Diagnostics diagnostics) {
    this(survey, diagnostics, ViewMemo.NONE);
  }

  ViewContext(Survey survey, Diagnostics diagnostics, ViewMemo earlier) {
    this.survey = survey;
    this.diagnostics = diagnostics;
    this.markdown = new MarkdownRenderer(earlier.markdown, earlier.kept);
    // sorting every title is worth keeping while serve rebuilds the pages of the same papers; the
    // letters' order is made once here, not again for each page of the list of all papers
    this.byTitle =
        earlier.corpus == survey.corpus()
            ? earlier.byTitle
            : TitleGroups.ordered(survey.papers().stream().sorted(BY_TITLE).toList());
    // Themes come from the content, whose introductions an edit may have changed.
    survey.themes().forEach(theme -> themes.put(theme.slug(), theme));
    for (Theme theme : survey.themes()) {
      readingOrders.put(
          theme.slug(), ReadingOrder.of(survey.subtopicsOf(theme.slug()), order(theme.slug())));
    }
    List<Paper> other = survey.papersInNoTheme().stream().sorted(BY_TITLE).toList();
    readingOrders.put(
        Survey.OTHER,
        ReadingOrder.of(
            survey.subtopicsOf(Survey.OTHER),
            other,
            other.stream().filter(survey::outsideScope).map(Paper::slug).toList()));
    this.entitySlugs =
        survey.entities().entities().stream()
            .filter(e -> !survey.entities().papersMentioning(e).isEmpty())
            .map(Entity::slug)
            .collect(Collectors.toUnmodifiableSet());
    this.pageSlugs =
        survey.content().pages().stream().map(ExtraPage::slug).collect(Collectors.toSet());
    this.paperFiles =
        survey.corpus().listings().stream()
            .filter(l -> l.layout() == Layout.FRONT_MATTER)
            .map(ParsedListing::file)
            .collect(Collectors.toUnmodifiableSet());
    navTargets.addAll(List.of(Urls.HOME, Urls.OTHER, Urls.ALL_PAPERS, Urls.ENTITIES, Urls.MAP));
    navTargets.add(Urls.SEARCH);
    survey.themes().forEach(theme -> navTargets.add(Urls.theme(theme.slug())));
    survey.content().pages().forEach(page -> navTargets.add(Urls.page(page.slug())));
    List<ParsedListing> listings = survey.corpus().listings();
    for (int i = 0; i < listings.size(); i++) {
      listingNames.put(listings.get(i).file(), ListingTable.name(i));
    }
    for (ParsedListing listing : listings) {
      if (!paperFiles.contains(listing.file())) {
        listingNumbers.put(listing.file(), listingNumbers.size() + 1);
      }
    }
  }

  /**
   * Where a record was read, as a reader would say it ("Third listing, line 219", the listing named
   * as in Methodology's table), and the file and line for curators.
   */
  SourceRef source(Provenance at, String title) {
    return !listingNumbers.containsKey(at.file())
        ? new SourceRef("Paper file", at.file(), title)
        : new SourceRef(
            ListingTable.listing(listingNames.get(at.file())) + ", line " + Text.grouped(at.line()),
            at.file() + ":" + at.line(),
            title);
  }

  /**
   * Where a paper was found, as a reader would say it: the website its listings came from, how many
   * of them list it and when they were captured; the files and lines are for curators.
   */
  FoundIn foundIn(Paper paper) {
    var config = survey.content().config();
    long listings =
        paper.occurrences().stream()
            .map(o -> o.provenance().file())
            .filter(listingNumbers::containsKey)
            .distinct()
            .count();
    long files =
        paper.occurrences().size()
            - paper.occurrences().stream()
                .filter(o -> listingNumbers.containsKey(o.provenance().file()))
                .count();
    String captured = config.captured().isEmpty() ? "" : " captured in " + config.captured();
    String inListings =
        listingNumbers.size() == 1
            ? "in the one listing" + captured
            : "in "
                + Text.grouped(listings)
                + " of the "
                + Text.grouped(listingNumbers.size())
                + " listings"
                + captured;
    String fromFiles =
        files == 0
            ? ""
            : files == 1
                ? " From a paper file of a collection."
                : " From " + Text.grouped(files) + " paper files of a collection.";
    if (listings == 0) {
      return new FoundIn(fromFiles.strip(), "", null, "");
    }
    if (config.sourceName().isEmpty()) {
      return new FoundIn("Found " + inListings + "." + fromFiles, "", null, "");
    }
    // The listing site's address is its front page, not the paper's: linked here it read as the
    // paper's link (1,100 such links). The footer names and links the site once, on screen.
    String whatItGives =
        CapturedFacts.sentence(
            paper.occurrences().stream()
                .filter(o -> listingNumbers.containsKey(o.provenance().file()))
                .toList());
    return new FoundIn(
        "Listed by ",
        config.sourceName(),
        null,
        ", " + inListings + ". " + whatItGives + fromFiles);
  }

  /** What the next build may reuse: call once the pages are rendered. */
  ViewMemo memo() {
    return new ViewMemo(survey.corpus(), byTitle, markdown.rendered());
  }

  /** Whether a source file is one paper's file rather than a listing (by its detected layout). */
  boolean isPaperFile(String file) {
    return paperFiles.contains(file);
  }

  Paper paper(String slug) {
    return survey.paper(slug);
  }

  Theme theme(String slug) {
    return themes.get(slug);
  }

  /** The papers of theme {@code a}, in its order, that theme {@code b} has too. */
  List<Paper> shared(String a, String b) {
    return survey.themeAnalysis(a).sharedWith(b);
  }

  /**
   * Every paper in the order of the list of all papers: {@link #BY_TITLE}, in the groups of {@link
   * TitleGroups#ordered}.
   */
  List<Paper> byTitle() {
    return byTitle;
  }

  /** A theme's papers, strongest evidence first. */
  List<Paper> order(String themeSlug) {
    return survey.themeAnalysis(themeSlug).members();
  }

  /** A theme's papers ({@link Survey#OTHER}: the Other papers) in the order its page lists them. */
  ReadingOrder readingOrder(String themeSlug) {
    return readingOrders.get(themeSlug);
  }

  Chip chip(Paper paper, String from) {
    return new Chip(paper.title(), Urls.relative(from, Urls.paper(paper.slug())));
  }

  ThemeSummary summary(Theme theme, String from) {
    return new ThemeSummary(
        theme.slug(),
        theme.name(),
        Urls.relative(from, Urls.theme(theme.slug())),
        order(theme.slug()).size(),
        theme.digest());
  }

  /** "Other" as if it were a theme: the papers no theme's rules took. */
  ThemeSummary otherSummary(String from) {
    return new ThemeSummary(
        "other",
        "Other papers",
        Urls.relative(from, Urls.OTHER),
        survey.papersInNoTheme().size(),
        survey.content().other().digest() == null
            ? "Papers that match none of the themes."
            : survey.content().other().digest());
  }

  /** A theme filter's choices: every theme with its size, then the papers in none. */
  List<Option> themeChoices() {
    List<Option> choices = new ArrayList<>();
    choices.add(new Option("", "All themes"));
    for (Theme theme : survey.themes()) {
      choices.add(new Option(theme.slug(), theme.name() + " (" + order(theme.slug()).size() + ")"));
    }
    choices.add(new Option(Survey.OTHER, "Other papers (" + survey.papersInNoTheme().size() + ")"));
    return choices;
  }

  PaperItem item(Paper paper, String from) {
    return item(paper, from, Set.of());
  }

  /** A list item on a page about the themes {@code shown}: its chips name only the others. */
  PaperItem item(Paper paper, String from, Set<String> shown) {
    List<String> themesOf = survey.themesOf(paper);
    List<Chip> chips =
        themesOf.stream()
            .filter(slug -> !shown.contains(slug))
            .map(slug -> new Chip(themes.get(slug).name(), Urls.relative(from, Urls.theme(slug))))
            .toList();
    PaperAnalysis analysis = survey.analysisOf(paper);
    return new PaperItem(
        paper.slug(),
        analysis.number(),
        paper.title(),
        Urls.relative(from, Urls.paper(paper.slug())),
        analysis.summary(),
        paper.date() == null ? null : paper.date().shown(),
        paper.date() == null ? null : paper.date().iso(),
        paper.date() == null ? null : paper.date().machine(),
        Facets.year(paper),
        paper.upvotes(),
        chips,
        themesOf.isEmpty() ? Survey.OTHER : String.join(" ", themesOf));
  }

  /** The frame of the page at {@code path}; scripts are given from the site root. */
  Frame frame(String path, String title, String description, String kind, String... scripts) {
    var config = survey.content().config();
    String fullTitle = path.equals(Urls.HOME) ? config.title() : title + " · " + config.title();
    String canonical = config.hasBaseUrl() ? Urls.absolute(config.baseUrl(), path) : null;
    return new Frame(
        path,
        fullTitle,
        description,
        Urls.relative(path, Urls.HOME),
        Urls.relative(path, Urls.STYLE),
        Urls.relative(path, "assets/favicon.svg"),
        canonical,
        nav(path, kind),
        kind,
        Urls.root(path),
        Urls.relative(path, Urls.SEARCH),
        Arrays.stream(scripts).map(script -> Urls.relative(path, script)).toList(),
        null);
  }

  /**
   * The navigation of the page at {@code path}: made once for all the pages of one depth and kind
   * that it does not link to (the 100,000 paper pages share one), as its links depend only on the
   * way up to the root and on which entry is the page's own.
   */
  private List<NavLink> nav(String path, String kind) {
    if (navTargets.contains(path)) {
      return navOf(path, kind);
    }
    return sharedNavs.computeIfAbsent(Urls.root(path) + '\u0000' + kind, key -> navOf(path, kind));
  }

  private List<NavLink> navOf(String path, String kind) {
    List<NavLink> nav = new ArrayList<>();
    nav.add(new NavLink("Home", Urls.relative(path, Urls.HOME), path.equals(Urls.HOME)));
    for (Theme theme : survey.themes()) {
      String target = Urls.theme(theme.slug());
      nav.add(new NavLink(theme.shortName(), Urls.relative(path, target), path.equals(target)));
    }
    // the papers of no theme are a third of the survey: a list like the themes'
    nav.add(new NavLink("Other papers", Urls.relative(path, Urls.OTHER), path.equals(Urls.OTHER)));
    nav.add(
        new NavLink(
            "All papers",
            Urls.relative(path, Urls.ALL_PAPERS),
            kind.equals("papers"))); // any of its pages
    // the ways into the survey other than its lists
    for (NavLink link :
        List.of(
            new NavLink("Methods & models", Urls.ENTITIES, false),
            new NavLink("Map", Urls.MAP, false),
            new NavLink("Search", Urls.SEARCH, false))) {
      // the header's search box is the top bar's way to search (a form, so it needs no script);
      // a link beside it offered search twice. The footer keeps the link; the search page, which
      // has no box in its header, keeps it in the bar too.
      boolean inBar = !link.href().equals(Urls.SEARCH) || kind.equals("search");
      nav.add(
          new NavLink(
              link.label(), Urls.relative(path, link.href()), path.equals(link.href()), inBar));
    }
    for (ExtraPage page : survey.content().pages()) {
      String target = Urls.page(page.slug());
      nav.add(new NavLink(page.title(), Urls.relative(path, target), path.equals(target)));
    }
    return List.copyOf(nav);
  }

  /** A link to the curated page {@code slug} ("methodology"), or null when the survey has none. */
  String pageHref(String slug, String from) {
    return pageSlugs.contains(slug) ? Urls.relative(from, Urls.page(slug)) : null;
  }

  String html(Markdown source, String pagePath) {
    MarkdownRenderer.Result result =
        markdown.render(source, pagePath, href -> resolve(href, pagePath));
    diagnostics.reportAll(result.problems());
    return result.html();
  }

  private Optional<String> resolve(String href, String from) {
    int colon = href.indexOf(':');
    String kind = href.substring(0, colon);
    String slug = href.substring(colon + 1);
    String target =
        switch (kind) {
          case "paper" -> survey.paper(slug) != null ? Urls.paper(slug) : null;
          case "entity" -> entitySlugs.contains(slug) ? Urls.entity(slug) : null;
          case "theme" ->
              themes.containsKey(slug) || slug.equals("other") ? Urls.theme(slug) : null;
          case "page" -> pageSlugs.contains(slug) ? Urls.page(slug) : null;
          case "survey" -> {
            // an unset setting leaves the link's words as text
            var config = survey.content().config();
            String url =
                switch (slug) {
                  case "repository" -> config.repository();
                  case "source" -> config.sourceUrl();
                  default -> null;
                };
            yield slug.equals("repository") || slug.equals("source")
                ? Optional.ofNullable(url).orElse("")
                : null;
          }
          default -> null;
        };
    if (kind.equals("survey")) {
      return Optional.ofNullable(target);
    }
    return Optional.ofNullable(target).map(t -> Urls.relative(from, t));
  }
}
