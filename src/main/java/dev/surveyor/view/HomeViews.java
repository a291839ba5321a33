package dev.surveyor.view;

import dev.surveyor.link.Urls;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Recency;
import dev.surveyor.model.Survey;
import dev.surveyor.view.Views.HomePage;
import dev.surveyor.view.Views.KeyPapers;
import dev.surveyor.view.Views.ThemeSummary;
import dev.surveyor.view.Views.Totals;
import java.util.Comparator;
import java.util.List;

/**
 * The home page: introduction, themes, each theme's key papers, the newest papers, totals. A
 * section built on a field only some papers have (upvotes) is shown only when at least half of them
 * have it.
 */
final class HomeViews {
  private static final int RECENT = 12;
  private static final int KEY_PAPERS = 3;

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
            .toList();
    if (popular.size() * 2 < survey.papers().size()) {
      popular = List.of(); // counts on a few papers rank those few, not the survey
    }
    List<KeyPapers> key =
        survey.themes().stream()
            .map(
                t ->
                    new KeyPapers(
                        t.name(),
                        Urls.relative(path, Urls.theme(t.slug())),
                        context.order(t.slug()).stream()
                            .limit(KEY_PAPERS)
                            .map(p -> context.item(p, path, java.util.Set.of(t.slug())))
                            .toList()))
            .filter(k -> !k.papers().isEmpty())
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
        popular.stream().limit(RECENT).map(p -> context.item(p, path)).toList(),
        key,
        totals,
        Urls.relative(path, Urls.ALL_PAPERS),
        overlaps.chart(path),
        Urls.relative(path, Urls.ENTITIES),
        Urls.relative(path, Urls.MAP),
        new TimelineViews(context).timeline(path),
        dated.size() * 2 < survey.papers().size(), // a chart of under half the papers is folded
        Urls.relative(path, Urls.SURVEY_BIB));
  }
}
