package dev.surveyor.view;

import dev.surveyor.analyze.Survey;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.LinkExtractor;
import dev.surveyor.ingest.LinkSpan;
import dev.surveyor.link.Urls;
import dev.surveyor.markdown.MarkdownRenderer;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.Evidence;
import dev.surveyor.model.ExtraPage;
import dev.surveyor.model.Markdown;
import dev.surveyor.model.Occurrence;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Theme;
import dev.surveyor.view.Views.Chip;
import dev.surveyor.view.Views.EvidenceView;
import dev.surveyor.view.Views.Fact;
import dev.surveyor.view.Views.Frame;
import dev.surveyor.view.Views.HomePage;
import dev.surveyor.view.Views.ListPage;
import dev.surveyor.view.Views.NavLink;
import dev.surveyor.view.Views.Neighbours;
import dev.surveyor.view.Views.PaperItem;
import dev.surveyor.view.Views.PaperPage;
import dev.surveyor.view.Views.Segment;
import dev.surveyor.view.Views.SiteView;
import dev.surveyor.view.Views.SourceRef;
import dev.surveyor.view.Views.TextPage;
import dev.surveyor.view.Views.ThemePage;
import dev.surveyor.view.Views.ThemeSummary;
import dev.surveyor.view.Views.ThemeVerdict;
import dev.surveyor.view.Views.Totals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Builds the view of every page from the analysed survey. The only place views are made. */
public final class SiteViews {
  private static final int RECENT = 12;
  private static final int NEAR_MISS_SHARE = 2; // a near miss scores at least half the threshold
  private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.{40,280}?[.!?])(?=\\s+[A-Z(])");

  private final Survey survey;
  private final Diagnostics diagnostics;
  private final MarkdownRenderer markdown = new MarkdownRenderer();
  private final Map<String, Theme> themes = new HashMap<>();
  private final Map<String, List<Paper>> themeOrder = new HashMap<>();
  private final Set<String> paperSlugs;
  private final Set<String> pageSlugs;

  public SiteViews(Survey survey, Diagnostics diagnostics) {
    this.survey = survey;
    this.diagnostics = diagnostics;
    for (Theme theme : survey.themes()) {
      themes.put(theme.slug(), theme);
      themeOrder.put(theme.slug(), byCentrality(survey.papersIn(theme), theme.slug()));
    }
    this.paperSlugs = survey.papers().stream().map(Paper::slug).collect(Collectors.toSet());
    this.pageSlugs =
        survey.content().pages().stream().map(ExtraPage::slug).collect(Collectors.toSet());
  }

  public SiteView site() {
    var config = survey.content().config();
    return new SiteView(config.title(), config.tagline(), config.language(), "Surveyor");
  }

  /** Every page of the site, in a stable order. */
  public List<PageJob> pages() {
    List<PageJob> jobs = new ArrayList<>();
    jobs.add(new PageJob(Urls.HOME, "home.ftlh", home()));
    jobs.add(new PageJob(Urls.ALL_PAPERS, "list.ftlh", allPapers()));
    for (Theme theme : survey.themes()) {
      jobs.add(new PageJob(Urls.theme(theme.slug()), "theme.ftlh", theme(theme)));
    }
    jobs.add(new PageJob(Urls.OTHER, "theme.ftlh", other()));
    for (ExtraPage page : survey.content().pages()) {
      jobs.add(new PageJob(Urls.page(page.slug()), "page.ftlh", extraPage(page)));
    }
    jobs.add(new PageJob(Urls.NOT_FOUND, "page.ftlh", notFound()));
    for (Paper paper : survey.papers()) {
      jobs.add(new PageJob(Urls.paper(paper.slug()), "paper.ftlh", paper(paper)));
    }
    return jobs;
  }

  HomePage home() {
    String path = Urls.HOME;
    List<ThemeSummary> summaries =
        survey.themes().stream().map(t -> summary(t, path)).toList();
    List<Paper> dated =
        survey.papers().stream()
            .filter(p -> p.date() != null && p.date().iso() != null)
            .sorted(
                Comparator.comparing((Paper p) -> p.date().iso()).reversed()
                    .thenComparing(Paper::slug))
            .toList();
    List<Paper> popular =
        survey.papers().stream()
            .filter(p -> p.upvotes() != null)
            .sorted(Comparator.comparing(Paper::upvotes).reversed().thenComparing(Paper::slug))
            .limit(RECENT)
            .toList();
    var corpus = survey.corpus();
    Totals totals =
        new Totals(
            corpus.listings().size(),
            corpus.recordCount(),
            corpus.papers().size(),
            corpus.recordCount() - corpus.papers().size(),
            dated.size());
    var config = survey.content().config();
    return new HomePage(
        frame(path, config.title(), config.tagline(), "home"),
        html(survey.content().intro(), path),
        summaries,
        new ThemeSummary(
            "other",
            "Other",
            Urls.relative(path, Urls.OTHER),
            survey.papersInNoTheme().size(),
            "Papers that match none of the themes."),
        dated.stream().limit(RECENT).map(p -> item(p, path)).toList(),
        popular.stream().map(p -> item(p, path)).toList(),
        totals,
        Urls.relative(path, Urls.ALL_PAPERS));
  }

  ThemePage theme(Theme theme) {
    String path = Urls.theme(theme.slug());
    List<Paper> papers = themeOrder.get(theme.slug());
    return new ThemePage(
        frame(path, theme.name(), theme.digest(), "theme:" + theme.slug()),
        theme.name(),
        theme.digest(),
        html(theme.intro(), path),
        papers.size(),
        papers.stream().map(p -> item(p, path)).toList(),
        "Strongest evidence first.");
  }

  ThemePage other() {
    String path = Urls.OTHER;
    List<Paper> papers = survey.papersInNoTheme();
    return new ThemePage(
        frame(path, "Other papers", "Papers that match none of the survey's themes.", "theme:other"),
        "Other papers",
        "Papers that match none of the survey's themes.",
        "",
        papers.size(),
        papers.stream().map(p -> item(p, path)).toList(),
        "Alphabetical.");
  }

  ListPage allPapers() {
    String path = Urls.ALL_PAPERS;
    List<Paper> papers =
        survey.papers().stream()
            .sorted(Comparator.comparing((Paper p) -> p.title().toLowerCase(Locale.ROOT)).thenComparing(Paper::slug))
            .toList();
    return new ListPage(
        frame(path, "All papers", "Every paper in the survey.", "papers"),
        "All papers",
        papers.size() + " papers, alphabetical.",
        papers.stream().map(p -> item(p, path)).toList());
  }

  TextPage extraPage(ExtraPage page) {
    String path = Urls.page(page.slug());
    return new TextPage(
        frame(path, page.title(), page.title(), "page:" + page.slug()),
        page.title(),
        html(page.body(), path));
  }

  TextPage notFound() {
    // Served from any depth, so its links are written from the root and may break below it.
    String path = Urls.NOT_FOUND;
    return new TextPage(
        frame(path, "Page not found", "This page does not exist.", "404"),
        "Page not found",
        "<p>There is no page at this address. Try the <a href=\"index.html\">home page</a> or the "
            + "<a href=\"papers.html\">list of all papers</a>.</p>");
  }

  PaperPage paper(Paper paper) {
    String path = Urls.paper(paper.slug());
    List<Assignment> assignments = survey.assignmentsOf(paper);
    List<ThemeVerdict> members = new ArrayList<>();
    List<ThemeVerdict> near = new ArrayList<>();
    List<Neighbours> neighbours = new ArrayList<>();
    for (Assignment a : assignments) {
      Theme theme = themes.get(a.theme());
      if (a.member()) {
        members.add(verdict(theme, a, path));
        neighbours.add(neighbours(theme, paper, path));
      } else if (a.decision().curated() || a.score() * NEAR_MISS_SHARE >= a.threshold()) {
        near.add(verdict(theme, a, path));
      }
    }
    String note =
        survey.noteOf(paper).map(n -> html(n.note(), path)).orElse("");
    return new PaperPage(
        frame(path, paper.title(), summary(paper.abstractText()), "paper"),
        paper.title(),
        segments(paper.abstractText()),
        facts(paper),
        paper.occurrences().stream()
            .map(o -> new SourceRef(o.provenance().file(), o.provenance().line(), o.title()))
            .toList(),
        members,
        near,
        note,
        paper.links(),
        neighbours,
        Urls.relative(path, Urls.OTHER));
  }

  private ThemeVerdict verdict(Theme theme, Assignment a, String from) {
    String score = "score " + number(a.score()) + " of " + number(a.threshold()) + " needed";
    String decision =
        switch (a.decision()) {
          case RULES_IN -> "matched the theme's rules: " + score;
          case RULES_OUT -> "below the theme's threshold: " + score;
          case CURATOR_ADDED -> "added by a curator (rules: " + score + ")";
          case CURATOR_REMOVED -> "removed by a curator (rules: " + score + ")";
        };
    List<EvidenceView> evidence =
        a.evidence().stream()
            .map(e -> new EvidenceView(e.field().label(), e.surface(), e.count(), number(e.points())))
            .toList();
    return new ThemeVerdict(
        theme.name(),
        Urls.relative(from, Urls.theme(theme.slug())),
        a.member(),
        decision,
        number(a.score()),
        number(a.threshold()),
        evidence);
  }

  private Neighbours neighbours(Theme theme, Paper paper, String from) {
    List<Paper> order = themeOrder.get(theme.slug());
    int at = order.indexOf(paper);
    Chip previous = at > 0 ? chip(order.get(at - 1), from) : null;
    Chip next = at >= 0 && at + 1 < order.size() ? chip(order.get(at + 1), from) : null;
    return new Neighbours(
        theme.name(), Urls.relative(from, Urls.theme(theme.slug())), previous, next);
  }

  private Chip chip(Paper paper, String from) {
    return new Chip(paper.title(), Urls.relative(from, Urls.paper(paper.slug())));
  }

  private static List<Fact> facts(Paper paper) {
    List<Fact> facts = new ArrayList<>();
    if (paper.date() != null) {
      facts.add(new Fact("Date", paper.date().display()));
    }
    if (paper.authorCount() != null) {
      facts.add(new Fact("Authors", paper.authorCount() + (paper.authorCount() == 1 ? " author" : " authors")));
    }
    if (paper.organization() != null) {
      facts.add(new Fact("Organization", paper.organization()));
    }
    if (paper.upvotes() != null) {
      facts.add(new Fact("Upvotes", String.valueOf(paper.upvotes())));
    }
    int listings = (int) paper.occurrences().stream().map(o -> o.provenance().file()).distinct().count();
    facts.add(new Fact("Listings", listings + (listings == 1 ? " listing" : " listings")));
    return facts;
  }

  /** The abstract as runs of plain text and links; the template escapes every run. */
  static List<Segment> segments(String text) {
    List<Segment> segments = new ArrayList<>();
    int at = 0;
    for (LinkSpan span : LinkExtractor.find(text)) {
      if (span.start() > at) {
        segments.add(new Segment(text.substring(at, span.start()), null));
      }
      segments.add(new Segment(text.substring(span.start(), span.end()), span.url()));
      at = span.end();
    }
    if (at < text.length()) {
      segments.add(new Segment(text.substring(at), null));
    }
    return segments;
  }

  private ThemeSummary summary(Theme theme, String from) {
    return new ThemeSummary(
        theme.slug(),
        theme.name(),
        Urls.relative(from, Urls.theme(theme.slug())),
        themeOrder.get(theme.slug()).size(),
        theme.digest());
  }

  PaperItem item(Paper paper, String from) {
    List<Chip> chips =
        survey.themesOf(paper).stream()
            .map(slug -> new Chip(themes.get(slug).name(), Urls.relative(from, Urls.theme(slug))))
            .toList();
    return new PaperItem(
        paper.slug(),
        paper.title(),
        Urls.relative(from, Urls.paper(paper.slug())),
        summary(paper.abstractText()),
        paper.date() == null ? null : paper.date().display(),
        paper.date() == null ? null : paper.date().iso(),
        paper.upvotes(),
        chips);
  }

  /** The abstract's first sentence, or its start cut at a word. */
  static String summary(String abstractText) {
    Matcher m = FIRST_SENTENCE.matcher(abstractText);
    if (m.find()) {
      return m.group(1);
    }
    if (abstractText.length() <= 240) {
      return abstractText;
    }
    int cut = abstractText.lastIndexOf(' ', 240);
    return abstractText.substring(0, cut > 0 ? cut : 240) + "…";
  }

  private List<Paper> byCentrality(List<Paper> papers, String theme) {
    Map<String, Double> score = new HashMap<>();
    for (Paper p : papers) {
      score.put(
          p.slug(),
          survey.assignmentsOf(p).stream()
              .filter(a -> a.theme().equals(theme))
              .mapToDouble(Assignment::score)
              .findFirst()
              .orElse(0));
    }
    return papers.stream()
        .sorted(
            Comparator.comparing((Paper p) -> score.get(p.slug())).reversed()
                .thenComparing(Paper::slug))
        .toList();
  }

  private Frame frame(String path, String title, String description, String kind) {
    var config = survey.content().config();
    List<NavLink> nav = new ArrayList<>();
    nav.add(new NavLink("Home", Urls.relative(path, Urls.HOME), path.equals(Urls.HOME)));
    for (Theme theme : survey.themes()) {
      String target = Urls.theme(theme.slug());
      nav.add(new NavLink(theme.name(), Urls.relative(path, target), path.equals(target)));
    }
    nav.add(new NavLink("All papers", Urls.relative(path, Urls.ALL_PAPERS), path.equals(Urls.ALL_PAPERS)));
    for (ExtraPage page : survey.content().pages()) {
      String target = Urls.page(page.slug());
      nav.add(new NavLink(page.title(), Urls.relative(path, target), path.equals(target)));
    }
    String fullTitle = path.equals(Urls.HOME) ? config.title() : title + " · " + config.title();
    String canonical = config.hasBaseUrl() ? config.baseUrl() + path : null;
    return new Frame(
        path,
        fullTitle,
        description,
        Urls.relative(path, Urls.HOME),
        Urls.relative(path, Urls.STYLE),
        Urls.relative(path, "assets/favicon.svg"),
        canonical,
        nav,
        kind);
  }

  private String html(Markdown source, String pagePath) {
    MarkdownRenderer.Result result = markdown.render(source, pagePath, href -> resolve(href, pagePath));
    diagnostics.reportAll(result.problems());
    return result.html();
  }

  private Optional<String> resolve(String href, String from) {
    int colon = href.indexOf(':');
    String kind = href.substring(0, colon);
    String slug = href.substring(colon + 1);
    String target =
        switch (kind) {
          case "paper" -> paperSlugs.contains(slug) ? Urls.paper(slug) : null;
          case "theme" -> themes.containsKey(slug) || slug.equals("other") ? Urls.theme(slug) : null;
          case "page" -> pageSlugs.contains(slug) ? Urls.page(slug) : null;
          default -> null;
        };
    return Optional.ofNullable(target).map(t -> Urls.relative(from, t));
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
  }


}
