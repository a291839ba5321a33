package dev.surveyor.view;

import dev.surveyor.link.Urls;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.MapPoint;
import dev.surveyor.model.Paper;
import dev.surveyor.model.PaperAnalysis;
import dev.surveyor.model.Subtopic;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.text.Text;
import dev.surveyor.view.Views.LegendItem;
import dev.surveyor.view.Views.MapBorder;
import dev.surveyor.view.Views.MapDot;
import dev.surveyor.view.Views.MapLabel;
import dev.surveyor.view.Views.MapPage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The map of the field: every paper at its projected place, coloured by its strongest theme. A very
 * large survey shows an even sample, so the page stays a page.
 */
final class MapViews {
  private static final int WIDTH = 960;
  private static final int HEIGHT = 600;

  /**
   * The frame is drawn around the points drawn, this far beyond the outermost on each side, and
   * never nearer the plot's edge than {@link #BORDER}: a point at its largest (17 units and a
   * 5-unit ring, a phone's point in focus) stays inside it. Review20 found the outliers, and the
   * points on the fences' edge, drawn across or outside the frame, which then marked the fences.
   */
  private static final double AROUND = 21;

  private static final int BORDER = 3;

  private static final int PADDING = 24;
  private static final int MAX_DOTS = 4000;
  private static final int ROWS = 8; // of the reading order

  /**
   * Below the plot, where the title of the point in focus or under the pointer shows: a band of its
   * own, so no point is ever drawn over the title.
   */
  private static final int READOUT = 136;

  private static final int TONES = 8; // colours in the stylesheet; more themes repeat them

  private final ViewContext context;
  private final Survey survey;

  MapViews(ViewContext context) {
    this.context = context;
    this.survey = context.survey;
  }

  MapPage map() {
    String path = Urls.MAP;
    List<Theme> themes = survey.themes();
    List<MapDot> dots = new ArrayList<>();
    List<PaperAnalysis> analyses = survey.paperAnalyses();
    int step = Math.max(1, (analyses.size() + MAX_DOTS - 1) / MAX_DOTS);
    Map<String, MapLabels.Spot> spots = new LinkedHashMap<>(); // of the points drawn, by slug
    Map<String, List<MapLabels.Spot>> coloured = new LinkedHashMap<>(); // by strongest theme
    for (int i = 0; i < analyses.size(); i++) {
      MapPoint point = analyses.get(i).point();
      Paper paper = analyses.get(i).paper();
      if (i % step == 0) {
        String strongest = strongest(paper);
        MapLabels.Spot spot = new MapLabels.Spot(at(point.x(), WIDTH), at(1 - point.y(), HEIGHT));
        spots.put(paper.slug(), spot);
        if (strongest != null) {
          coloured.computeIfAbsent(strongest, t -> new ArrayList<>()).add(spot);
        }
        dots.add(
            new MapDot(
                paper.title(),
                Urls.relative(path, Urls.paper(paper.slug())),
                spot.x(),
                spot.y(),
                tone(strongest, themes),
                point.outlier()));
      }
    }
    List<MapLabels.Group> groups = new ArrayList<>();
    for (Theme theme : themes) {
      groups.add(
          new MapLabels.Group(
              theme.name(),
              tone(theme.slug(), themes),
              coloured.getOrDefault(theme.slug(), List.of())));
    }
    List<String> owners = new ArrayList<>(themes.stream().map(Theme::slug).toList());
    owners.add(Survey.OTHER);
    for (String owner : owners) {
      for (Subtopic subtopic : survey.subtopicsOf(owner)) {
        if (subtopic.named()) {
          groups.add(
              new MapLabels.Group(
                  subtopic.label(),
                  0,
                  subtopic.papers().stream().map(spots::get).filter(Objects::nonNull).toList()));
        }
      }
    }
    double coreX = at(MapPoint.MARGIN, WIDTH);
    double coreY = at(MapPoint.MARGIN, HEIGHT);
    // Names stay inside the box where the points inside the fences lie, well inside the frame:
    // the outliers in the margins beyond it are squeezed.
    MapLabels.Naming naming =
        MapLabels.of(
            groups,
            List.copyOf(spots.values()),
            new MapLabels.Box(coreX, coreY, WIDTH - coreX, HEIGHT - coreY));
    List<MapLabel> labels = naming.labels();
    // In reading order, rows of an eighth of the height left to right, so the Tab key moves to a
    // neighbour (SVG paints in this order too).
    dots.sort(
        Comparator.comparingInt((MapDot d) -> (int) (d.y() / (HEIGHT / ROWS)))
            .thenComparingDouble(MapDot::x)
            .thenComparing(MapDot::href));
    List<LegendItem> legend = new ArrayList<>();
    // The legend counts the dots drawn in each colour, and says the theme's size where it is
    // larger: a paper in two themes takes one colour.
    for (int t = 0; t < themes.size(); t++) {
      Theme theme = themes.get(t);
      int drawn = coloured.getOrDefault(theme.slug(), List.of()).size();
      int size = context.order(theme.slug()).size();
      legend.add(
          new LegendItem(
              theme.name(),
              Urls.relative(path, Urls.theme(theme.slug())),
              1 + t % TONES,
              drawn,
              size == drawn ? null : size));
    }
    int grey = (int) dots.stream().filter(d -> d.tone() == 0).count();
    int other = survey.papersInNoTheme().size();
    legend.add(
        new LegendItem(
            "Other papers",
            Urls.relative(path, Urls.OTHER),
            0,
            grey,
            other == grey ? null : other));
    String lead =
        "Each point is a paper; papers that use the same words sit close together. A paper takes"
            + " the colour of the theme it matches most strongly; grey ones, the Other papers, are in no"
            + " theme.";
    return new MapPage(
        context.frame(path, "Map of the field", lead, "map", Urls.MAP_SCRIPT),
        lead,
        WIDTH,
        HEIGHT,
        READOUT,
        coreX,
        coreY,
        border(dots),
        dots,
        labels,
        labelNote(
            naming,
            themes.stream().map(Theme::name).toList(),
            groups.stream().anyMatch(g -> !g.theme())),
        legend,
        (int) dots.stream().filter(MapDot::outlier).count(),
        dots.size(),
        analyses.size());
  }

  /** The frame around the points drawn, {@link #AROUND} beyond them, inside the plot's edges. */
  private static MapBorder border(List<MapDot> dots) {
    double left = WIDTH;
    double top = HEIGHT;
    double right = 0;
    double bottom = 0;
    for (MapDot d : dots) {
      left = Math.min(left, d.x());
      right = Math.max(right, d.x());
      top = Math.min(top, d.y());
      bottom = Math.max(bottom, d.y());
    }
    if (dots.isEmpty()) {
      left = top = 0;
      right = WIDTH;
      bottom = HEIGHT;
    }
    left = round(Math.max(BORDER, left - AROUND));
    top = round(Math.max(BORDER, top - AROUND));
    right = round(Math.min(WIDTH - BORDER, right + AROUND));
    bottom = round(Math.min(HEIGHT - BORDER, bottom + AROUND));
    return new MapBorder(left, top, right - left, bottom - top);
  }

  private static double round(double units) {
    return Math.round(units * 10) / 10.0;
  }

  /** The slug of the theme the paper matches most strongly, or null when it is in none. */
  private String strongest(Paper paper) {
    Assignment best = null;
    for (Assignment a : survey.assignmentsOf(paper)) {
      if (a.member()
          && (best == null || a.score() / a.threshold() > best.score() / best.threshold())) {
        best = a;
      }
    }
    return best == null ? null : best.theme();
  }

  /** 1 + the index of the theme, or 0 for none. */
  private static int tone(String theme, List<Theme> themes) {
    for (int t = 0; t < themes.size(); t++) {
      if (themes.get(t).slug().equals(theme)) {
        return 1 + t % TONES;
      }
    }
    return 0;
  }

  /**
   * What the names on the map are, for the caption: a reader who cannot see the map reads them
   * here; and the themes without one, and why (review 10 asked where the others were), and that no
   * sub-topic has one when none has.
   */
  private static String labelNote(
      MapLabels.Naming naming, List<String> themes, boolean hasSubtopics) {
    List<String> named = new ArrayList<>();
    List<String> subtopics = new ArrayList<>();
    for (MapLabel l : naming.labels()) {
      (l.theme() ? named : subtopics).add(String.join(" ", l.lines()));
    }
    List<String> crowded = themes.stream().filter(naming.crowded()::contains).toList();
    List<String> mixed =
        themes.stream().filter(t -> !named.contains(t) && !crowded.contains(t)).toList();
    StringBuilder note = new StringBuilder();
    if (!named.isEmpty()) {
      note.append(Text.series(named))
          .append(named.size() == 1 ? " is" : " are")
          .append(" named on the map in bold, where most of the nearby dots are ")
          .append(named.size() == 1 ? "its" : "their")
          .append(" papers. ");
    }
    if (!mixed.isEmpty()) {
      note.append(Text.series(mixed))
          .append(mixed.size() == 1 ? " has" : " have")
          .append(" no name on the map: ")
          .append(mixed.size() == 1 ? "its" : "their")
          .append(" papers are spread among those of other themes, so no spot on the map is")
          .append(" mostly ")
          .append(mixed.size() == 1 ? "its" : "theirs")
          .append(". ");
    }
    if (!crowded.isEmpty()) {
      note.append(Text.series(crowded))
          .append(crowded.size() == 1 ? " has" : " have")
          .append(" no name on the map: where ")
          .append(crowded.size() == 1 ? "its" : "their")
          .append(" papers gather, a name would hide too many points or find no room. ");
    }
    if (!subtopics.isEmpty()) {
      note.append("Sub-topics named in grey, where most of the nearby dots are their papers: ")
          .append(Text.series(subtopics))
          .append(". ");
    } else if (hasSubtopics) {
      note.append(
          "No sub-topic is named: none has a spot, with room for its name, where most of the"
              + " nearby dots are its papers. ");
    }
    return note.toString().strip();
  }

  /** Where {@code at} (0 to 1 across the drawn area) is on a plot {@code size} wide. */
  private static double at(double at, int size) {
    return Math.round((PADDING + at * (size - 2 * PADDING)) * 10) / 10.0;
  }
}
