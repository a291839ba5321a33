package dev.surveyor.view;

import dev.surveyor.cite.Citations;
import dev.surveyor.concurrent.Cores;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.link.Urls;
import dev.surveyor.model.Entity;
import dev.surveyor.model.ExtraPage;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.text.Text;
import dev.surveyor.view.Views.Frame;
import dev.surveyor.view.Views.ListPage;
import dev.surveyor.view.Views.Pager;
import dev.surveyor.view.Views.SiteView;
import dev.surveyor.view.Views.TextPage;
import dev.surveyor.view.Views.TitleGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Lists every page of the site with its view; the page builders do the rest. */
public final class SiteViews {
  private static final String METHODOLOGY = "methodology";

  private final Survey survey;
  private final ViewContext context;
  private final HomeViews home;
  private final ThemeViews themes;
  private final PaperViews papers;
  private final EntityViews entities;
  private final OverlapViews overlaps;
  private final MapViews map;
  private final SearchViews search;

  /** The search index being made on a free core, once {@link #startSearchIndex} is called. */
  private ForkJoinTask<SearchIndex> index; // guarded by this

  public SiteViews(Survey survey, Citations citations, Diagnostics diagnostics) {
    this(survey, citations, diagnostics, ViewMemo.NONE);
  }

  /**
   * Views that take what still applies from an earlier build's {@link #memo} (serve's rebuilds).
   */
  public SiteViews(Survey survey, Citations citations, Diagnostics diagnostics, ViewMemo earlier) {
    this.survey = survey;
    this.context = new ViewContext(survey, diagnostics, earlier);
    this.overlaps = new OverlapViews(context);
    this.home = new HomeViews(context, overlaps);
    this.entities = new EntityViews(context);
    this.map = new MapViews(context);
    this.themes = new ThemeViews(context);
    this.papers = new PaperViews(context, new ScholarViews(context, citations));
    this.search = new SearchViews(context);
  }

  /** What a later build may reuse from this one; call once the pages are rendered. */
  public ViewMemo memo() {
    return context.memo();
  }

  public SiteView site() {
    var config = survey.content().config();
    // The feed and the search description need absolute URLs, so they exist only with a base URL.
    String base = config.baseUrl();
    return new SiteView(
        config.title(),
        config.tagline(),
        config.language(),
        "Surveyor",
        base == null ? null : base + Urls.FEED,
        base == null ? null : base + Urls.OPENSEARCH,
        new Views.SourceSite(
            config.sourceName(),
            config.sourceUrl(),
            config.captured(),
            survey.papers().stream().anyMatch(p -> p.date() != null && p.date().yearAssumed())
                ? config.listingYear()
                : null),
        config.repository());
  }

  /**
   * Every page of the site, in a stable order; views of lists and papers are made when rendered.
   */
  public List<PageJob> pages() {
    return pages(path -> true);
  }

  /**
   * The pages whose path {@code wanted} accepts, in the same order; only their views are made, so
   * serve can re-render one edited page without building the others.
   */
  public List<PageJob> pages(Predicate<String> wanted) {
    Jobs jobs = new Jobs(wanted, new ArrayList<>());
    jobs.now(Urls.HOME, "home.ftlh", home::home);
    // Lists of papers grow with the survey: their views are made as they render.
    for (int n = 1; n <= Paging.count(survey.papers().size()); n++) {
      int number = n;
      jobs.later(Urls.paged(Urls.ALL_PAPERS, number), "list.ftlh", () -> allPapers(number));
    }
    jobs.later(Urls.SEARCH, "search.ftlh", search::page);
    for (Theme theme : survey.themes()) {
      jobs.later(Urls.theme(theme.slug()), "theme.ftlh", () -> themes.theme(theme));
    }
    jobs.later(Urls.OTHER, "theme.ftlh", themes::other);
    for (OverlapViews.Pair pair : overlaps.pairs()) {
      for (int n = 1; n <= Paging.count(pair.papers().size()); n++) {
        int number = n;
        jobs.later(
            Urls.paged(pair.path(), number), "overlap.ftlh", () -> overlaps.page(pair, number));
      }
    }
    jobs.later(Urls.ENTITIES, "entities.ftlh", entities::index);
    for (Entity entity : entities.mentioned()) {
      // An entity named by most papers lists most of the survey: made as it renders, too.
      jobs.later(Urls.entity(entity.slug()), "entity.ftlh", () -> entities.entity(entity));
    }
    // The map plots every paper, the index every entity and the search page counts them all.
    jobs.later(Urls.MAP, "map.ftlh", map::map);
    for (ExtraPage page : survey.content().pages()) {
      jobs.now(Urls.page(page.slug()), "page.ftlh", () -> extraPage(page));
    }
    jobs.now(Urls.NOT_FOUND, "page.ftlh", this::notFound);
    for (Paper paper : survey.papers()) {
      // Paper views are made as each page renders: they are most of the site.
      jobs.later(Urls.paper(paper.slug()), "paper.ftlh", () -> papers.paper(paper));
    }
    return jobs.made();
  }

  /**
   * The pages asked for: their views made before the list is handed out (so what they find wrong
   * stops the build before anything is written), or as each renders.
   */
  private record Jobs(Predicate<String> wanted, List<PageJob> list) {
    void now(String path, String template, Supplier<?> view) {
      if (wanted.test(path)) {
        list.add(new PageJob(path, template, new Now(view)));
      }
    }

    void later(String path, String template, Supplier<?> view) {
      if (wanted.test(path)) {
        list.add(new PageJob(path, template, view));
      }
    }

    /**
     * The list, the views to make now made on all cores (the home page's and the extra pages'
     * Markdown, in a cold JVM a tenth of a second on one core while the other was idle).
     */
    List<PageJob> made() {
      List<Integer> toMake = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i).view() instanceof Now) {
          toMake.add(i);
        }
      }
      List<Object> views = Cores.map(toMake, i -> ((Now) list.get(i).view()).view().get());
      for (int k = 0; k < toMake.size(); k++) {
        PageJob job = list.get(toMake.get(k));
        list.set(toMake.get(k), new PageJob(job.path(), job.template(), views.get(k)));
      }
      return list;
    }
  }

  /** A view to make before the list is handed out. */
  private record Now(Supplier<?> view) implements Supplier<Object> {
    @Override
    public Object get() {
      throw new IllegalStateException("made by Jobs.made");
    }
  }

  /** What the search page's script searches: every paper, read by the browser from a script. */
  public SearchIndex searchIndex() {
    ForkJoinTask<SearchIndex> started;
    synchronized (this) {
      started = index;
    }
    return started == null ? search.index() : started.join();
  }

  /**
   * Starts making the search index on a free core, so it is ready when the site is written: the
   * page list and the renderer are made on one core meanwhile. {@link #searchIndex} waits for it.
   */
  public synchronized void startSearchIndex() {
    if (index == null) {
      index = Cores.aside(search::index);
    }
  }

  /**
   * Page {@code number} of the list of every paper, alphabetical, in folded groups by first letter.
   * On one page the browser filters and sorts it; split into pages it leaves that to the search
   * page, which holds every paper.
   */
  ListPage allPapers(int number) {
    String path = Urls.paged(Urls.ALL_PAPERS, number);
    List<Paper> papers = context.byTitle();
    Pager pager = Paging.pager(Urls.ALL_PAPERS, number, papers.size());
    List<Paper> shown = Paging.page(papers, number);
    String heading =
        pager == null ? "All papers" : "All papers, page " + number + " of " + pager.count();
    return new ListPage(
        pager == null
            ? context.frame(
                path,
                heading,
                "Every paper in the survey.",
                "papers",
                Urls.SEARCH_CORE,
                Urls.QUERY_SCRIPT,
                Urls.LISTS_SCRIPT)
            : context.frame(
                path,
                heading,
                "Every paper in the survey, alphabetical: " + pager.range() + ".",
                "papers"),
        heading,
        Text.grouped(papers.size()) + " papers",
        TitleGroups.of(shown).stream()
            .map(
                g ->
                    new TitleGroup(
                        "letter-" + g.key(),
                        g.letter(),
                        g.name(),
                        TitleGroups.guide(g.papers().get(0).title()),
                        g.papers().size() == 1
                            ? null
                            : TitleGroups.guide(g.papers().get(g.papers().size() - 1).title()),
                        g.papers().stream().map(p -> context.item(p, path)).toList()))
            .toList(),
        pager == null
            ? Facets.controls(papers, "Title A–Z", true).withThemes(context.themeChoices())
            : null,
        pager);
  }

  TextPage extraPage(ExtraPage page) {
    String path = Urls.page(page.slug());
    String body = context.html(page.body(), path);
    PageSections sections =
        PageSections.of(
            page.slug().equals(METHODOLOGY)
                ? withRelatedAccount(withCollectionAccount(body))
                : body);
    return new TextPage(
        context.frame(
            path,
            page.title(),
            page.title(),
            "page:" + page.slug(),
            sections.folds() ? new String[] {Urls.PRINT_SCRIPT} : new String[0]),
        page.title(),
        sections.html(),
        sections.contents());
  }

  /**
   * How many paper pages list related papers, after the paragraph that says what those lists are
   * (the section naming related papers): "each paper page lists" was untrue of the pages that have
   * none (review 10: 59 of 469), and the figure changes with the survey, so it is counted.
   */
  private String withRelatedAccount(String body) {
    int section = body.indexOf("Related papers");
    int end = section < 0 ? -1 : body.indexOf("</p>", section);
    if (end < 0) {
      return body;
    }
    int papers = survey.papers().size();
    long listing = survey.papers().stream().filter(p -> !survey.relatedTo(p).isEmpty()).count();
    long without = papers - listing;
    String account =
        "\n<p class=\"related-account\">"
            + (without == 0
                ? "Every one of the " + Text.grouped(papers) + " paper pages has such a list."
                : Text.grouped(listing)
                    + " of the "
                    + Text.grouped(papers)
                    + " paper pages have such a list. The other "
                    + Text.grouped(without)
                    + (without == 1 ? " has" : " have")
                    + " none: no paper of the survey is close enough to "
                    + (without == 1 ? "it" : "them")
                    + ", and a short list or none is shown rather than weak matches.")
            + "</p>";
    end += "</p>".length();
    return body.substring(0, end) + account + body.substring(end);
  }

  /**
   * Methodology's account of the collection, closing its first section (how papers were collected):
   * how many records the listings held and how many were merged. The home page names the papers and
   * where they come from; these counts are the pipeline's, told where it is.
   */
  private String withCollectionAccount(String body) {
    var corpus = survey.corpus();
    int records = corpus.recordCount();
    int merged = records - corpus.papers().size();
    String account =
        "<p class=\"collection-account\">The "
            + Text.spelled(corpus.listings().size())
            + " listings hold "
            + Text.grouped(records)
            + (records == 1 ? " record" : " records")
            + ". "
            + (merged == 0
                ? "No paper appears in more than one of them, "
                : Text.grouped(merged)
                    + (merged == 1 ? " of them repeats" : " of them repeat")
                    + " a paper already found in another listing and "
                    + (merged == 1 ? "was" : "were")
                    + " merged into it, ")
            + "which leaves "
            + Text.grouped(corpus.papers().size())
            + (corpus.papers().size() == 1 ? " paper" : " papers")
            + ".</p>\n"
            + ListingTable.html(corpus.listings())
            + ListingTable.sameLength(corpus.listings(), corpus.papers())
            + dating();
    int second = body.indexOf("<h2", body.indexOf("<h2") + 1);
    return second < 0
        ? body + account
        : body.substring(0, second) + account + body.substring(second);
  }

  /**
   * How many papers have a date, told beside the listings that printed them. The line is made of
   * counts and formatted dates only, no source text, so it needs no escaping.
   */
  private String dating() {
    String line = Dating.line(survey);
    return line == null ? "" : "<p class=\"dating\">" + line + "</p>\n";
  }

  TextPage notFound() {
    // Served from any depth: its links are written from the root. Where the site's URL is known
    // a <base> makes them work below it; where not, the page finds the root itself (find-root.js).
    String path = Urls.NOT_FOUND;
    Frame frame = context.frame(path, "Page not found", "This page does not exist.", "404");
    var config = survey.content().config();
    return new TextPage(
        config.hasBaseUrl() ? frame.withBase(Urls.absolute(config.baseUrl(), Urls.HOME)) : frame,
        "Page not found",
        "<p>There is no page at this address. Try the <a href=\"index.html\">home page</a> or the "
            + "<a href=\"papers.html\">list of all papers</a>.</p>",
        List.of());
  }
}
