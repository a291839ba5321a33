package dev.surveyor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.analyze.SurveyAnalysis;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.ContentReader;
import dev.surveyor.ingest.ListingIngest;
import dev.surveyor.model.Content;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Recency;
import dev.surveyor.model.Survey;
import dev.surveyor.support.Repo;
import dev.surveyor.view.Views.Timeline;
import dev.surveyor.view.Views.TimelineBar;
import dev.surveyor.view.Views.TimelineChart;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Papers over time, made from the real survey. The home page leaves the chart out while fewer than
 * half the papers have a date their listing printed (this survey: 39 of 469), so it is checked
 * here, as a survey with enough dates would show it.
 */
class TimelineViewsTest {
  private static Survey survey;
  private static Timeline timeline;

  @BeforeAll
  static void analyse() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Content content = new ContentReader(Repo.content(), diagnostics).read();
    survey =
        SurveyAnalysis.analyze(content, ListingIngest.ingest(content, diagnostics), diagnostics);
    timeline = new TimelineViews(new ViewContext(survey, new Diagnostics())).timeline("index.html");
  }

  @Test
  void countsAddUpToTheDatedPapersOfEachGroupAndAssumedYearsAreApart() {
    List<TimelineChart> charts = timeline.charts();
    // a theme with under ten dated papers is named, not drawn
    assertEquals(
        List.of("All papers", "Reasoning", "Other papers"),
        charts.stream().map(TimelineChart::label).toList());
    assertEquals(
        "Too few dated papers to draw: Instruction tuning (3), Curriculum learning (2),"
            + " Parameter-efficient fine-tuning (6). The table has every count.",
        timeline.fewDated());
    List<List<Paper>> members =
        List.of(survey.papers(), papersOf("reasoning"), survey.papersInNoTheme());
    for (int i = 0; i < charts.size(); i++) {
      TimelineChart chart = charts.get(i);
      List<Paper> papers = members.get(i);
      long dated = papers.stream().filter(Recency::dated).count();
      long assumed =
          papers.stream().filter(p -> Recency.dated(p) && !p.date().yearPrinted()).count();
      assertEquals(dated, chart.bars().stream().mapToInt(TimelineBar::total).sum(), chart.label());
      assertEquals(
          assumed, chart.bars().stream().mapToInt(TimelineBar::assumed).sum(), chart.label());
      assertEquals(papers.size() - dated, chart.undated(), chart.label());
    }
    assertEquals(88, timeline.dated());
    assertEquals(6, timeline.rows().size(), "all papers, four themes, other: the table's rows");
    long printed = survey.papers().stream().filter(Coverage::printedDate).count();
    assertTrue(printed * 2 < survey.papers().size(), printed + ": too few for the home page");
  }

  private static List<Paper> papersOf(String theme) {
    return survey.papers().stream().filter(p -> survey.themesOf(p).contains(theme)).toList();
  }
}
