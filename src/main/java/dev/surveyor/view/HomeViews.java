package dev.surveyor.view;

import dev.surveyor.link.Urls;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Recency;
import dev.surveyor.model.Survey;
import dev.surveyor.text.Text;
import dev.surveyor.view.Views.HomePage;
import dev.surveyor.view.Views.ThemeSummary;
import dev.surveyor.view.Views.Totals;
import java.util.Comparator;
import java.util.List;

/**
 * The home page: what the site is, themes, where to start in each ({@link ThemeStarts}), the rest
 * of the introduction, totals. A section built on a field only some papers have (upvotes, dates the
 * listings printed) is shown only when {@link Coverage} finds enough of them carry it.
 */
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
    // what the survey's own lines of work published lately: not papers placed outside its scope
    List<Paper> recent = dated.stream().filter(p -> !survey.outsideScope(p)).toList();
    List<Paper> popular =
        survey.papers().stream()
            .filter(p -> p.upvotes() != null)
            .sorted(Comparator.comparing(Paper::upvotes).reversed().thenComparing(Paper::slug))
            .toList();
    if (!Coverage.enough(survey.papers(), Coverage::upvotes)) {
      popular = List.of(); // counts on a few papers rank those few, not the survey
    }
    // Recency and the chart rest on dates the listings printed; a year assumed from the capture
    // year sorts the site but is not evidence of when a paper appeared.
    boolean datedEnough = Coverage.enough(survey.papers(), Coverage::printedDate);
    var corpus = survey.corpus();
    Totals totals =
        new Totals(
            corpus.listings().size(),
            corpus.recordCount(),
            corpus.papers().size(),
            corpus.recordCount() - corpus.papers().size(),
            dated.size());
    var config = survey.content().config();
    String intro = context.html(survey.content().intro(), path);
    int firstHeading = intro.indexOf("<h2");
    return new HomePage(
        context.frame(path, config.title(), config.tagline(), "home"),
        firstHeading < 0 ? intro : intro.substring(0, firstHeading),
        firstHeading < 0 ? "" : intro.substring(firstHeading),
        summaries,
        context.otherSummary(path),
        datedEnough
            ? recent.stream().limit(RECENT).map(p -> context.item(p, path)).toList()
            : List.of(),
        popular.stream().limit(RECENT).map(p -> context.item(p, path)).toList(),
        new ThemeStarts(context).of(path),
        totals,
        capture(totals),
        Urls.relative(path, Urls.ALL_PAPERS),
        overlaps.worthCharting() ? overlaps.chart(path) : null,
        overlaps.worthCharting() ? null : overlaps.note(path),
        Urls.relative(path, Urls.ENTITIES),
        Urls.relative(path, Urls.MAP),
        datedEnough ? new TimelineViews(context).timeline(path) : null,
        Urls.relative(path, Urls.SURVEY_BIB),
        // date bookkeeping, not what the survey is: with the recent papers when they are shown,
        // else only on Methodology (it was the hero's second line; review 9)
        datedEnough ? Dating.line(survey) : null);
  }

  /**
   * What the papers are, as a reader asks it: "469 papers from five Hugging Face Daily Papers
   * listings, captured in 2025." How many records the listings held and how many were merged is the
   * pipeline's account, told on Methodology.
   */
  private String capture(Totals totals) {
    var config = survey.content().config();
    String source = config.sourceName().isEmpty() ? "" : config.sourceName() + " ";
    String when = config.captured().isEmpty() ? "" : ", captured in " + config.captured();
    return Text.grouped(totals.papers())
        + (totals.papers() == 1 ? " paper" : " papers")
        + " from "
        + Text.spelled(totals.sources())
        + " "
        + source
        + (totals.sources() == 1 ? "listing" : "listings")
        + when
        + ".";
  }
}
