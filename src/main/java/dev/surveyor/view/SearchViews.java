package dev.surveyor.view;

import dev.surveyor.link.Urls;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.view.SearchIndex.SearchTheme;
import dev.surveyor.view.Views.Option;
import dev.surveyor.view.Views.SearchPage;
import java.util.ArrayList;
import java.util.List;

/**
 * The search page and the index its script searches. The browser builds its index from the text it
 * is given, so the text is bounded: whole abstracts while they add up to at most {@link
 * #ABSTRACT_BUDGET} characters (about 3,000 papers), else each abstract's first sentence.
 */
final class SearchViews {
  /** The theme filter's value for papers in no theme, as the "Other" page's slug. */
  static final String OTHER = "other";

  /** Characters of abstracts the index carries whole: about 4 s of indexing on a laptop. */
  static final long ABSTRACT_BUDGET = 4_000_000;

  private final ViewContext context;
  private final Survey survey;
  private final boolean wholeAbstracts;

  SearchViews(ViewContext context) {
    this(context, ABSTRACT_BUDGET);
  }

  SearchViews(ViewContext context, long abstractBudget) {
    this.context = context;
    this.survey = context.survey;
    long total = survey.papers().stream().mapToLong(p -> p.abstractText().length()).sum();
    this.wholeAbstracts = total <= abstractBudget;
  }

  SearchPage page() {
    String path = Urls.SEARCH;
    List<Option> themes = context.themeChoices();
    List<Option> years = new ArrayList<>();
    years.add(new Option("", "All years"));
    years.addAll(Facets.years(survey.papers()));
    return new SearchPage(
        context.frame(
            path,
            "Search",
            "Search the survey's papers by title, abstract and theme.",
            "search",
            Urls.LUNR_SCRIPT,
            Urls.SEARCH_INDEX,
            Urls.QUERY_SCRIPT,
            Urls.SEARCH_SCRIPT),
        (wholeAbstracts ? "Titles, abstracts" : "Titles, the first sentence of the abstracts")
            + ", themes and the methods, benchmarks and models named in all "
            + survey.papers().size()
            + " papers, searched in your browser.",
        survey.papers().size(),
        themes,
        years,
        survey.themes().stream().map(t -> context.summary(t, path)).toList(),
        context.otherSummary(path),
        Urls.relative(path, Urls.ALL_PAPERS));
  }

  SearchIndex index() {
    String from = Urls.SEARCH;
    List<SearchTheme> themes = new ArrayList<>();
    for (Theme theme : survey.themes()) {
      themes.add(
          new SearchTheme(
              theme.slug(), theme.name(), Urls.relative(from, Urls.theme(theme.slug()))));
    }
    themes.add(new SearchTheme(OTHER, "Other papers", Urls.relative(from, Urls.OTHER)));
    List<SearchDocument> papers = new ArrayList<>();
    for (Paper paper : survey.papers()) {
      papers.add(
          new SearchDocument(
              Urls.relative(from, Urls.paper(paper.slug())),
              paper.title(),
              wholeAbstracts ? paper.abstractText() : Summary.of(paper.abstractText()),
              survey.themesOf(paper),
              survey.entities().of(paper).stream().map(use -> use.entity().name()).toList(),
              paper.details().authors(),
              paper.details().venue(),
              Facets.year(paper),
              paper.date() == null ? null : paper.date().display(),
              paper.upvotes()));
    }
    return new SearchIndex(themes, papers);
  }
}
