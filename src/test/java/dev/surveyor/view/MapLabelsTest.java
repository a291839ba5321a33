package dev.surveyor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.diag.Diagnostics;
import dev.surveyor.link.Urls;
import dev.surveyor.model.Subtopic;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.support.RealSurvey;
import dev.surveyor.view.MapLabels.Around;
import dev.surveyor.view.MapLabels.Box;
import dev.surveyor.view.MapLabels.Group;
import dev.surveyor.view.MapLabels.Naming;
import dev.surveyor.view.MapLabels.Spot;
import dev.surveyor.view.Views.MapDot;
import dev.surveyor.view.Views.MapLabel;
import dev.surveyor.view.Views.MapPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Which groups the map names, and where the names go: on made-up clusters, and on the real survey's
 * map, where every name must sit among its own dots and clear of the dashed frame.
 */
class MapLabelsTest {
  /** The real map's frame, in a plot 960 × 600. */
  private static final Box FRAME = new Box(58.8, 40.8, 901.2, 559.2);

  /** {@code n} points on a small ring around ({@code x}, {@code y}), {@code r} across. */
  private static List<Spot> clump(double x, double y, int n, double r) {
    List<Spot> spots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double a = 2 * Math.PI * i / n;
      spots.add(new Spot(x + r * Math.cos(a), y + r * Math.sin(a)));
    }
    return spots;
  }

  /** {@code n} points spread evenly over the whole frame. */
  private static List<Spot> scattered(int n, int seed) {
    List<Spot> spots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double u = ((i * 37 + seed * 11) % n + 0.5) / n;
      double v = ((i * 61 + seed * 7) % n + 0.5) / n;
      spots.add(new Spot(80 + u * 800, 60 + v * 480));
    }
    return spots;
  }

  private static List<Spot> all(List<Group> groups, List<Spot> others) {
    List<Spot> all = new ArrayList<>(others);
    groups.forEach(g -> all.addAll(g.spots()));
    return all;
  }

  private static List<String> names(Naming naming) {
    return naming.labels().stream().map(MapLabelsTest::name).toList();
  }

  private static String name(MapLabel l) {
    return String.join(" ", l.lines());
  }

  /** The label's box at its largest size (a phone's). */
  private static Box box(MapLabel l) {
    return Box.of(
        l.lines(), l.theme() ? MapLabels.FONT : MapLabels.SUB_FONT, new Spot(l.x(), l.y()));
  }

  /** The points a label's box covers at its largest size, a dot's radius around them included. */
  private static long covered(MapLabel l, List<Spot> spots) {
    Box b = box(l);
    double dot = 11;
    return spots.stream()
        .filter(
            s ->
                s.x() >= b.left() - dot
                    && s.x() <= b.right() + dot
                    && s.y() >= b.top() - dot
                    && s.y() <= b.bottom() + dot)
        .count();
  }

  @Test
  void aClusterIsNamedBesideItsPointsAndAScatteredGroupIsNot() {
    Group tight = new Group("Reasoning", 1, clump(600, 300, 12, 30));
    Group spread = new Group("Curriculum learning", 3, scattered(30, 1));
    List<Group> groups = List.of(tight, spread);
    List<Spot> all = all(groups, List.of());
    Naming naming = MapLabels.of(groups, all, FRAME);
    assertEquals(List.of("Reasoning"), names(naming));
    // the scattered theme is nowhere most of the dots around a place, so it is not left out for
    // want of room
    assertEquals(List.of(), naming.crowded());
    MapLabel label = naming.labels().get(0);
    // Centred, it would hide four of the cluster's points (review 4, section 12): it moves just
    // off them, still where they are most of the dots around it.
    assertEquals(0, covered(label, tight.spots()), label.toString());
    assertTrue(
        MapLabels.around(new Spot(label.x(), label.y()), tight.spots(), all).names(),
        label.toString());
    assertTrue(label.theme());
  }

  @Test
  void aLabelGoesWhereItCoversFewestPointsNearItsCluster() {
    // A cluster with other papers in rows above and below it: the name goes beside it, not over
    // them.
    Group group = new Group("Soft prompts", 0, clump(480, 300, 12, 25));
    List<Spot> others = new ArrayList<>();
    for (int i = 0; i < 19; i++) {
      others.add(new Spot(300 + i * 20, 220));
      others.add(new Spot(300 + i * 20, 380));
    }
    List<Spot> all = all(List.of(group), others);
    List<MapLabel> labels = MapLabels.of(List.of(group), all, FRAME).labels();
    assertEquals(1, labels.size());
    MapLabel centred = new MapLabel(labels.get(0).lines(), 480, 300, 0, 1, 0);
    assertTrue(covered(labels.get(0), all) < covered(centred, all), labels.toString());
  }

  @Test
  void aGroupIsNamedOnlyWhereItsDotsAreMostOfThoseAround() {
    // Six papers close together: named among four others, not among fourteen (review 12: a name
    // among a few of its dots and many others' points at no place of its own).
    Group theme = new Group("Soft prompts", 0, clump(400, 300, 6, 20));
    Naming few = MapLabels.of(List.of(theme), all(List.of(theme), clump(400, 300, 4, 35)), FRAME);
    assertEquals(List.of("Soft prompts"), names(few));
    assertEquals(0, few.labels().get(0).tone());
    Naming many = MapLabels.of(List.of(theme), all(List.of(theme), clump(400, 300, 14, 35)), FRAME);
    assertEquals(List.of(), names(many));
    assertEquals(List.of(), many.crowded());
  }

  @Test
  void aStrayHandfulOfALargeGroupDoesNotNameIt() {
    // Six of sixty papers gather alone on the right; the rest lie on the left, each beside two
    // other papers. Six are fewer than an eighth of the group: a name there would point at too
    // small a part of it.
    List<Spot> spots = new ArrayList<>(clump(750, 300, 6, 15));
    List<Spot> others = new ArrayList<>();
    for (Spot s : scattered(54, 2)) {
      Spot left = new Spot(80 + (s.x() - 80) / 2, s.y());
      spots.add(left);
      others.add(new Spot(left.x() + 4, left.y()));
      others.add(new Spot(left.x(), left.y() + 4));
    }
    Group group = new Group("Reasoning", 1, spots);
    List<Spot> all = all(List.of(group), others);
    assertTrue(6 < MapLabels.SHARE * spots.size());
    assertEquals(List.of(), names(MapLabels.of(List.of(group), all, FRAME)));
    // as more than an eighth of a smaller group, the same six are named
    Group small = new Group("Reasoning", 1, clump(750, 300, 6, 15));
    assertEquals(List.of("Reasoning"), names(MapLabels.of(List.of(small), all, FRAME)));
  }

  @Test
  void aNameNearTheFrameStaysClearOfItsLinesOrIsLeftOut() {
    // Dots packed into the frame's top left corner: the name, kept a line's height off the frame,
    // would sit past them (review 12: "Instruction tuning" in that corner read as the frame's
    // heading).
    Group corner = new Group("Instruction tuning", 2, clump(90, 70, 10, 12));
    assertEquals(List.of(), names(MapLabels.of(List.of(corner), corner.spots(), FRAME)));
    // a little further in, its name goes below and beside them, clear of the frame
    Group inside = new Group("Instruction tuning", 2, clump(250, 110, 10, 15));
    List<MapLabel> labels = MapLabels.of(List.of(inside), inside.spots(), FRAME).labels();
    assertEquals(1, labels.size());
    assertTrue(box(labels.get(0)).inset(FRAME) >= MapLabels.EDGE - 0.01, labels.toString());
  }

  @Test
  void aGroupThatFindsNoRoomIsLeftOutAndSaidToBeCrowded() {
    // Its papers pack the middle of the frame, further than a name may move: any place there
    // names it, but a name anywhere there would hide more than MAX_COVERS of them.
    List<Spot> crowd = new ArrayList<>();
    for (int x = 280; x <= 680; x += 8) {
      for (int y = 130; y <= 470; y += 8) {
        crowd.add(new Spot(x, y));
      }
    }
    Group group = new Group("Soft prompts", 0, crowd);
    Naming naming = MapLabels.of(List.of(group), crowd, FRAME);
    assertEquals(List.of(), naming.labels());
    assertEquals(List.of("Soft prompts"), naming.crowded());
  }

  @Test
  void aNameTwoThemesShareIsDrawnOnce() {
    List<Spot> spots = clump(300, 300, 6, 20);
    List<Group> groups =
        List.of(
            new Group("Curricula for instruction tuning", 0, spots),
            new Group("Curricula for instruction tuning", 0, spots));
    assertEquals(1, MapLabels.of(groups, spots, FRAME).labels().size());
  }

  @Test
  void tooFewPapersMakeNoCluster() {
    Group four = new Group("Merging models", 0, clump(300, 300, MapLabels.MIN_NEAR - 1, 10));
    assertEquals(List.of(), MapLabels.of(List.of(four), four.spots(), FRAME).labels());
  }

  @Test
  void labelsOfNearbyClustersDoNotOverlapAndEachSitsOnItsOwnDots() {
    List<Group> groups =
        List.of(
            new Group("Reasoning", 1, clump(560, 300, 30, 40)),
            // its name, centred on it, would cover Reasoning's: it moves off
            new Group("Reinforcement learning for reasoning", 0, clump(700, 330, 15, 20)),
            new Group("Instruction tuning", 1, clump(300, 160, 10, 15)),
            new Group("Reinforcement learning and decision-making", 0, clump(450, 430, 8, 8)));
    List<Spot> all = all(groups, List.of());
    List<MapLabel> labels = MapLabels.of(groups, all, FRAME).labels();
    assertEquals(4, labels.size(), labels.toString());
    List<Box> boxes = new ArrayList<>();
    for (MapLabel l : labels) {
      Box box = box(l);
      assertTrue(box.inset(FRAME) >= MapLabels.EDGE - 0.01, "clear of the frame: " + l);
      assertTrue(boxes.stream().noneMatch(box::overlaps), "overlaps another: " + l);
      boxes.add(box);
      Group group = groups.stream().filter(g -> g.name().equals(name(l))).findFirst().orElseThrow();
      assertTrue(
          MapLabels.around(new Spot(l.x(), l.y()), group.spots(), all).names(),
          "among its own dots: " + l);
    }
  }

  @Test
  void theSameInputPlacesTheSameLabels() {
    List<Group> groups =
        List.of(
            new Group("A", 1, clump(300, 200, 8, 20)), new Group("B", 0, clump(330, 210, 8, 20)));
    List<Spot> all = all(groups, scattered(50, 3));
    assertEquals(MapLabels.of(groups, all, FRAME), MapLabels.of(groups, all, FRAME));
  }

  /**
   * {@code within} answers as {@code distance(other) <= reach} does: on every pair of the real
   * map's dots at the reach a place is weighed by, and on pairs at the reach exactly and a last
   * digit either side of it, where the squares alone could round the other way.
   */
  @Test
  void withinAgreesWithTheDistanceOnTheRealMapAndAtTheEdge() {
    Survey survey = RealSurvey.analysed();
    List<Spot> dots =
        new MapViews(new ViewContext(survey, new Diagnostics()))
            .map().dots().stream().map(d -> new Spot(d.x(), d.y())).toList();
    int near = 0;
    for (Spot a : dots) {
      for (Spot b : dots) {
        boolean within = a.distance(b) <= MapLabels.RADIUS;
        assertEquals(within, a.within(b, MapLabels.RADIUS), a + " " + b);
        near += within ? 1 : 0;
      }
    }
    assertTrue(near > dots.size() && near < dots.size() * dots.size(), "pairs near: " + near);
    Spot origin = new Spot(0.1, 0.2);
    for (double reach : new double[] {MapLabels.RADIUS, 5, 0.3, 1e-3, 1234.5}) {
      for (int k = 0; k < 360; k++) {
        double a = Math.toRadians(k);
        for (double r : new double[] {Math.nextDown(reach), reach, Math.nextUp(reach)}) {
          Spot edge = new Spot(0.1 + r * Math.cos(a), 0.2 + r * Math.sin(a));
          assertEquals(origin.distance(edge) <= reach, origin.within(edge, reach), edge + "");
        }
      }
    }
    Spot far = new Spot(Double.NaN, 0);
    assertFalse(origin.within(far, MapLabels.RADIUS));
  }

  @Test
  void longNamesWrapAtSpacesIntoShortLines() {
    assertEquals(
        List.of("Reinforcement", "learning for", "reasoning"),
        MapLabels.lines("Reinforcement learning for reasoning"));
    assertEquals(List.of("Instruction tuning"), MapLabels.lines("Instruction tuning"));
    assertTrue(
        Stream.of("Surveys, configuration and comparisons")
            .map(MapLabels::lines)
            .allMatch(lines -> lines.stream().allMatch(line -> line.length() <= 18)));
  }

  /**
   * On the real survey's map, each name sits where most of the dots within {@link MapLabels#RADIUS}
   * are its group's (a theme's colour, or a sub-topic's papers), at least {@link
   * MapLabels#MIN_NEAR} and an eighth of the group, and its box, at its largest, keeps {@link
   * MapLabels#EDGE} from the dashed frame (review 12: "Curriculum learning" sat among grey and blue
   * dots at the frame's bottom edge, 5 of its 20 neighbours green, and "Instruction tuning" on the
   * frame's top left corner, read as its heading).
   */
  @Test
  void everyNameOnTheRealMapSitsAmongItsOwnDotsClearOfTheFrame() {
    Survey survey = RealSurvey.analysed();
    MapPage page = new MapViews(new ViewContext(survey, new Diagnostics())).map();
    Map<String, Spot> byHref = new HashMap<>();
    List<Spot> all = new ArrayList<>();
    for (MapDot d : page.dots()) {
      byHref.put(d.href(), new Spot(d.x(), d.y()));
      all.add(new Spot(d.x(), d.y()));
    }
    Map<String, List<Spot>> subtopics = new HashMap<>();
    List<String> owners = new ArrayList<>(survey.themes().stream().map(Theme::slug).toList());
    owners.add(Survey.OTHER);
    for (String owner : owners) {
      for (Subtopic s : survey.subtopicsOf(owner)) {
        subtopics.putIfAbsent(
            s.label(),
            s.papers().stream()
                .map(p -> byHref.get(Urls.relative(Urls.MAP, Urls.paper(p))))
                .filter(java.util.Objects::nonNull)
                .toList());
      }
    }
    Box frame =
        new Box(
            page.coreX(), page.coreY(), page.width() - page.coreX(), page.height() - page.coreY());
    assertFalse(page.labels().isEmpty());
    for (MapLabel l : page.labels()) {
      List<Spot> own =
          l.theme()
              ? page.dots().stream()
                  .filter(d -> d.tone() == l.tone())
                  .map(d -> new Spot(d.x(), d.y()))
                  .toList()
              : subtopics.get(name(l));
      Around around = MapLabels.around(new Spot(l.x(), l.y()), own, all);
      assertTrue(around.names(), name(l) + " sits where its dots are not: " + around);
      assertTrue(box(l).inset(frame) >= MapLabels.EDGE - 0.01, name(l) + " touches the frame");
      assertTrue(page.labelNote().contains(name(l)), page.labelNote());
    }
    for (Theme theme : survey.themes()) {
      boolean named = page.labels().stream().anyMatch(l -> name(l).equals(theme.name()));
      assertTrue(
          named
              || page.labelNote().contains(theme.name())
                  && page.labelNote().contains("no name on the map"),
          page.labelNote());
    }
  }
}
