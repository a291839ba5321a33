package dev.surveyor.view;

import dev.surveyor.link.Urls;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Recency;
import dev.surveyor.model.Survey;
import dev.surveyor.view.Views.HomePage;
import dev.surveyor.view.Views.ThemeSummary;
import dev.surveyor.view.Views.Totals;
import java.util.Comparator;
import java.util.List;

/** The home page: introduction, themes, newest and most upvoted papers, totals. */
final class HomeViews {
  private static final int RECENT = 12;

  private final ViewContext context;
  private final Survey survey;

  private final OverlapViews overlaps;

  HomeViews(ViewContext context, OverlapViews overlaps) {
    this.context = context;
    this.overlaps = overlaps;
    this.survey = context.survey;
  }

  HomePage home() {
    String path = Urls.HOME;
    List<ThemeSummary> summaries =
        survey.themes().stream().map(t -> context.summary(t, path)).toList();
    List<Paper> dated = Recency.newestFirst(survey.papers());
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
        context.frame(path, config.title(), config.tagline(), "home"),
        context.html(survey.content().intro(), path),
        summaries,
        context.otherSummary(path),
        dated.stream().limit(RECENT).map(p -> context.item(p, path)).toList(),
        popular.stream().map(p -> context.item(p, path)).toList(),
        totals,
        Urls.relative(path, Urls.ALL_PAPERS),
        overlaps.chart(path),
        Urls.relative(path, Urls.ENTITIES),
        Urls.relative(path, Urls.MAP),
        new TimelineViews(context).timeline(path),
        Urls.relative(path, Urls.SURVEY_BIB));
  }
}
