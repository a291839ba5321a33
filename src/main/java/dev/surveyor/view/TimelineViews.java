package dev.surveyor.view;

import dev.surveyor.link.Urls;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Recency;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.view.Views.Timeline;
import dev.surveyor.view.Views.TimelineBar;
import dev.surveyor.view.Views.TimelineChart;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Papers over time: one small bar chart for all papers and one per theme (and "Other"), by the year
 * of the listing date. A paper counts in a year when its date is complete; one whose year was
 * assumed from the capture year is drawn apart, and papers without a date are counted, not dropped.
 */
final class TimelineViews {
  // One chart's SVG box, in user units: counts above the bars, years below the baseline.
  static final int WIDTH = 300;
  static final int MIN_DATED_TO_DRAW = 10;
  static final int HEIGHT = 124;
  private static final int TOP = 18;
  private static final int BASELINE = 98;
  private static final int YEAR_LABEL = 116;
  private static final int MAX_BAR_WIDTH = 36;
  private static final int MIN_LABEL_COLUMN = 22; // room for a three-digit count
  private static final int YEAR_LABEL_WIDTH = 34; // room for "2025" with a gap

  private final ViewContext context;
  private final Survey survey;

  TimelineViews(ViewContext context) {
    this.context = context;
    this.survey = context.survey;
  }

  Timeline timeline(String from) {
    List<Paper> all = survey.papers();
    List<Integer> years = years(all);
    int scale = years.stream().mapToInt(y -> count(all, y)).max().orElse(0);
    List<TimelineChart> rows = new ArrayList<>();
    rows.add(chart("All papers", Urls.relative(from, Urls.ALL_PAPERS), all, years, scale));
    for (Theme theme : survey.themes()) {
      rows.add(
          chart(
              theme.name(),
              Urls.relative(from, Urls.theme(theme.slug())),
              context.order(theme.slug()),
              years,
              scale));
    }
    rows.add(
        chart(
            "Other papers",
            Urls.relative(from, Urls.OTHER),
            survey.papersInNoTheme(),
            years,
            scale));
    // A chart of two or three bars says nothing a number does not: such groups are named instead.
    List<TimelineChart> charts = new ArrayList<>(rows.subList(0, 1));
    List<String> few = new ArrayList<>();
    for (TimelineChart row : rows.subList(1, rows.size())) {
      if (row.dated() >= MIN_DATED_TO_DRAW) {
        charts.add(row);
      } else {
        few.add(row.label() + " (" + row.dated() + ")");
      }
    }
    int dated = (int) all.stream().filter(Recency::dated).count();
    int assumed =
        (int) all.stream().filter(p -> Recency.dated(p) && !p.date().yearPrinted()).count();
    return new Timeline(
        years,
        charts,
        rows,
        few.isEmpty()
            ? null
            : "Too few dated papers to draw: "
                + String.join(", ", few)
                + ". The table has every count.",
        all.size(),
        dated,
        all.size() - dated,
        assumed,
        assumed == 0 ? null : survey.content().config().listingYear(),
        WIDTH,
        HEIGHT,
        BASELINE,
        YEAR_LABEL);
  }

  private static TimelineChart chart(
      String label, String href, List<Paper> papers, List<Integer> years, int scale) {
    int dated = (int) papers.stream().filter(Recency::dated).count();
    int undated = papers.size() - dated;
    List<TimelineBar> bars = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder description = new StringBuilder(label).append(", papers per year:");
    int column = years.isEmpty() ? WIDTH : Math.max(1, WIDTH / years.size());
    int barWidth = Math.min(MAX_BAR_WIDTH, column * 3 / 5);
    int yearStep = (YEAR_LABEL_WIDTH + column - 1) / column;
    for (int i = 0; i < years.size(); i++) {
      int year = years.get(i);
      int total = count(papers, year);
      int assumed =
          (int) papers.stream().filter(p -> inYear(p, year) && !p.date().yearPrinted()).count();
      int printed = total - assumed;
      int printedHeight = height(printed, scale);
      int assumedHeight = height(total, scale) - printedHeight;
      int x = i * column + (column - barWidth) / 2;
      int printedY = BASELINE - printedHeight;
      bars.add(
          new TimelineBar(
              year,
              printed,
              assumed,
              total,
              x,
              barWidth,
              printedY,
              printedHeight,
              printedY - assumedHeight,
              assumedHeight,
              x + barWidth / 2,
              printedY - assumedHeight - 4,
              total > 0 && column >= MIN_LABEL_COLUMN,
              i % yearStep == 0));
      String cell = total + (assumed == 0 ? "" : " (" + assumed + " with the year assumed)");
      cells.add(cell);
      description.append(i == 0 ? " " : ", ").append(year).append(": ").append(cell);
    }
    description.append("; ").append(undated).append(" without a date.");
    return new TimelineChart(label, href, dated, undated, description.toString(), bars, cells);
  }

  /** Every year from the first dated paper to the last, so gaps show as empty columns. */
  private static List<Integer> years(List<Paper> papers) {
    var stats =
        papers.stream().filter(Recency::dated).mapToInt(p -> p.date().year()).summaryStatistics();
    if (stats.getCount() == 0) {
      return List.of();
    }
    return IntStream.rangeClosed(stats.getMin(), stats.getMax()).boxed().toList();
  }

  /** Heights share one scale; a non-zero count is always at least visible. */
  private static int height(int count, int scale) {
    if (count == 0) {
      return 0;
    }
    return Math.max(2, Math.round((float) count * (BASELINE - TOP) / scale));
  }

  private static int count(List<Paper> papers, int year) {
    return (int) papers.stream().filter(p -> inYear(p, year)).count();
  }

  private static boolean inYear(Paper p, int year) {
    return Recency.dated(p) && p.date().year() == year;
  }
}
