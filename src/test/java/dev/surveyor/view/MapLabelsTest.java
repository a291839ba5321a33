package dev.surveyor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.view.MapLabels.Group;
import dev.surveyor.view.MapLabels.Spot;
import dev.surveyor.view.Views.MapLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Which groups the map names, and where the names go. */
class MapLabelsTest {
  private static final double W = 960;
  private static final double H = 600;
  private static final double PAD = 12;

  /** {@code n} points on a small ring around ({@code x}, {@code y}), {@code r} across. */
  private static List<Spot> clump(double x, double y, int n, double r) {
    List<Spot> spots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double a = 2 * Math.PI * i / n;
      spots.add(new Spot(x + r * Math.cos(a), y + r * Math.sin(a)));
    }
    return spots;
  }

  /** {@code n} points spread evenly over the whole plot. */
  private static List<Spot> scattered(int n, int seed) {
    List<Spot> spots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double u = ((i * 37 + seed * 11) % n + 0.5) / n;
      double v = ((i * 61 + seed * 7) % n + 0.5) / n;
      spots.add(new Spot(40 + u * (W - 80), 40 + v * (H - 80)));
    }
    return spots;
  }

  private static List<Spot> all(List<Group> groups, List<Spot> others) {
    List<Spot> all = new ArrayList<>(others);
    groups.forEach(g -> all.addAll(g.spots()));
    return all;
  }

  private static List<String> names(List<MapLabel> labels) {
    return labels.stream().map(l -> String.join(" ", l.lines())).toList();
  }

  /** The size a label is measured at: a theme's name is larger than a sub-topic's. */
  private static double font(MapLabel l) {
    return l.theme() ? MapLabels.FONT : MapLabels.SUB_FONT;
  }

  /** The points a label's box covers at its largest size, a dot's radius around them included. */
  private static long covered(MapLabel l, List<Spot> spots) {
    double w =
        l.lines().stream().mapToInt(String::length).max().orElseThrow() * font(l) * MapLabels.CHAR;
    double h = l.lines().size() * font(l) * MapLabels.LINE;
    double dot = 11;
    return spots.stream()
        .filter(
            s -> Math.abs(s.x() - l.x()) <= w / 2 + dot && Math.abs(s.y() - l.y()) <= h / 2 + dot)
        .count();
  }

  @Test
  void aClusterIsNamedBesideItsPointsAndAScatteredGroupIsNot() {
    Group tight = new Group("Reasoning", 1, clump(700, 300, 12, 30));
    Group spread = new Group("Curriculum learning", 1, scattered(30, 1));
    List<Group> groups = List.of(tight, spread);
    List<MapLabel> labels = MapLabels.of(groups, all(groups, List.of()), W, H, PAD);
    assertEquals(List.of("Reasoning"), names(labels));
    MapLabel label = labels.get(0);
    // Centred, it would hide four of the cluster's points (review 4, section 12): it moves just
    // off them, still within the cluster's neighbourhood.
    assertEquals(0, covered(label, tight.spots()), label.toString());
    assertTrue(
        Math.hypot(label.x() - 700, label.y() - 300) <= MapLabels.THEME_SHIFT, label.toString());
    assertTrue(label.theme());
  }

  @Test
  void aLabelGoesWhereItCoversFewestPointsNearItsCluster() {
    // A cluster with other papers packed above and below it: the name goes beside it, not over
    // them.
    Group group = new Group("Soft prompts", 0, clump(480, 300, 12, 25));
    List<Spot> others = new ArrayList<>();
    for (int i = 0; i < 19; i++) {
      others.add(new Spot(300 + i * 20, 230));
      others.add(new Spot(300 + i * 20, 370));
    }
    List<Spot> all = all(List.of(group), others);
    List<MapLabel> labels = MapLabels.of(List.of(group), all, W, H, PAD);
    assertEquals(List.of("Soft prompts"), names(labels));
    MapLabel centred = new MapLabel(labels.get(0).lines(), 480, 300, 0, 1, 0);
    assertTrue(covered(labels.get(0), all) < covered(centred, all), labels.toString());
  }

  @Test
  void aCompactSubTopicIsNamedAtItsCentroidAmongOthersAndASpreadOneIsNot() {
    // Six papers close together among fourteen others: the name sits on them, in grey (review 11:
    // no sub-topic was named, as each is mixed with others on the map).
    Group compact = new Group("Soft prompts", 0, clump(300, 300, 6, 20));
    Group spread = new Group("Merging models", 0, clump(600, 300, 8, 150));
    List<Group> groups = List.of(compact, spread);
    List<MapLabel> labels = MapLabels.of(groups, all(groups, clump(300, 300, 14, 35)), W, H, PAD);
    assertEquals(List.of("Soft prompts"), names(labels));
    MapLabel label = labels.get(0);
    assertTrue(
        Math.hypot(label.x() - 300, label.y() - 300) <= MapLabels.SUB_SHIFT, label.toString());
    assertEquals(0, label.tone());
  }

  @Test
  void aSubTopicInTheDensestCrowdIsNotNamedOverItsNeighbours() {
    // Its name could go nowhere within its reach without hiding more than MAX_COVERS points.
    Group group = new Group("Soft prompts", 0, clump(480, 300, 6, 20));
    List<Spot> crowd = new ArrayList<>();
    for (int x = 300; x <= 660; x += 12) {
      for (int y = 200; y <= 400; y += 12) {
        crowd.add(new Spot(x, y));
      }
    }
    assertEquals(List.of(), MapLabels.of(List.of(group), all(List.of(group), crowd), W, H, PAD));
  }

  @Test
  void aThemeIsNamedWhereItsDotsGatherEvenAmongOthers() {
    Group theme = new Group("Curriculum learning", 3, clump(300, 300, 6, 20));
    List<MapLabel> labels =
        MapLabels.of(List.of(theme), all(List.of(theme), clump(300, 300, 14, 35)), W, H, PAD);
    assertEquals(List.of("Curriculum learning"), names(labels));
    assertTrue(labels.get(0).theme());
  }

  @Test
  void aNameTwoThemesShareIsDrawnOnce() {
    List<Spot> spots = clump(300, 300, 6, 20);
    List<Group> groups =
        List.of(
            new Group("Curricula for instruction tuning", 0, spots),
            new Group("Curricula for instruction tuning", 0, spots));
    assertEquals(1, MapLabels.of(groups, spots, W, H, PAD).size());
  }

  @Test
  void tooFewPapersMakeNoCluster() {
    Group four = new Group("Merging models", 0, clump(300, 300, MapLabels.MIN_NEAR - 1, 10));
    assertEquals(List.of(), MapLabels.of(List.of(four), four.spots(), W, H, PAD));
  }

  @Test
  void labelsOfNearbyClustersDoNotOverlapStayNearTheirClustersAndInsideThePlot() {
    List<Group> groups =
        List.of(
            new Group("Reasoning", 1, clump(500, 300, 30, 40)),
            // its name, centred on it, would cover Reasoning's: it moves below
            new Group("Reinforcement learning for reasoning", 0, clump(640, 330, 15, 20)),
            // near the corner and the bottom edge: the names move inside the plot
            new Group("Instruction tuning", 1, clump(150, 100, 10, 15)),
            new Group("Reinforcement learning and decision-making", 0, clump(470, 560, 8, 8)));
    List<MapLabel> labels = MapLabels.of(groups, all(groups, List.of()), W, H, PAD);
    assertEquals(4, labels.size(), names(labels).toString());
    List<double[]> boxes = new ArrayList<>();
    for (MapLabel l : labels) {
      double w =
          l.lines().stream().mapToInt(String::length).max().orElseThrow()
              * font(l)
              * MapLabels.CHAR;
      double h = l.lines().size() * font(l) * MapLabels.LINE;
      double[] box = {l.x() - w / 2, l.y() - h / 2, l.x() + w / 2, l.y() + h / 2};
      assertTrue(box[0] >= PAD && box[2] <= W - PAD, "inside, across: " + l);
      assertTrue(box[1] >= PAD && box[3] <= H - PAD, "inside, down: " + l);
      for (double[] o : boxes) {
        boolean apart = box[2] <= o[0] || o[2] <= box[0] || box[3] <= o[1] || o[3] <= box[1];
        assertTrue(apart, "overlaps another: " + l);
      }
      boxes.add(box);
      Group group =
          groups.stream()
              .filter(g -> g.name().equals(String.join(" ", l.lines())))
              .findFirst()
              .orElseThrow();
      double cx = group.spots().stream().mapToDouble(Spot::x).average().orElseThrow();
      double cy = group.spots().stream().mapToDouble(Spot::y).average().orElseThrow();
      assertTrue(
          Math.hypot(l.x() - cx, l.y() - cy)
              <= (l.theme() ? MapLabels.THEME_SHIFT : MapLabels.SUB_SHIFT) + 1,
          "near its cluster: " + l);
    }
  }

  @Test
  void theSameInputPlacesTheSameLabels() {
    List<Group> groups =
        List.of(
            new Group("A", 1, clump(200, 200, 8, 20)), new Group("B", 0, clump(230, 210, 8, 20)));
    List<Spot> all = all(groups, scattered(50, 3));
    assertEquals(MapLabels.of(groups, all, W, H, PAD), MapLabels.of(groups, all, W, H, PAD));
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
}
