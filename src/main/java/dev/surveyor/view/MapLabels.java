package dev.surveyor.view;

import dev.surveyor.view.Views.MapLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Names what a reader can see on the map. A theme's name (the legend gives its colour) goes beside
 * where its dots gather most: around that spot at least {@link #MIN_NEAR} of them. A named
 * sub-topic's name goes at the middle of its papers where they lie close together (review 11: the
 * map showed no sub-topic at all): at least {@link #MIN_NEAR} papers, half of them within {@link
 * #COMPACT} of their centroid and most within {@link #SPREAD}. A group scattered over the map gets
 * no name, which would point at no place. Themes are placed first, largest first, then sub-topics,
 * most compact first; each near its centre where it covers the fewest points, never over another
 * name nor past the plot nor over more than {@link #MAX_COVERS} points; one that finds no room is
 * left out.
 */
final class MapLabels {
  /** The radius of a group's neighbourhood, in plot units: a twelfth of the map's width. */
  static final double RADIUS = 80;

  /** The fewest of a group's papers that make a cluster around its centre. */
  static final int MIN_NEAR = 5;

  /**
   * The label's font size where it is largest (a phone, where the map shrinks to a third and its
   * words grow), in plot units; boxes are measured at it so labels do not overlap at any size.
   */
  static final double FONT = 36;

  /** A sub-topic's name at its largest, in plot units (a phone), smaller than a theme's. */
  static final double SUB_FONT = 30;

  /** A sub-topic is compact when half its papers lie within this of their centroid. */
  static final double COMPACT = 90;

  /** ... and at least {@link #MOST} of them within this. */
  static final double SPREAD = 100;

  private static final double MOST = 0.6;

  /**
   * The most points a name may cover, as {@link #covered} counts them (generously: at the largest
   * size, a dot's radius around): a name in the densest part of the map hid them (one counted 75
   * covered 17 points as drawn on a desktop, one counted 57 covered 40 on a phone and one counted
   * 34 covered 26 there; those up to 32 at most 8), so it is left out there.
   */
  static final int MAX_COVERS = 33;

  /** How far a sub-topic's name may move off its centroid to find room, in plot units. */
  static final double SUB_SHIFT = 40;

  /**
   * How far a theme's name may move off where its dots gather: twice their neighbourhood, as a
   * theme spreads wide, and its large name is best placed where it hides fewest points.
   */
  static final double THEME_SHIFT = 2 * RADIUS;

  private static final int SHIFTS = 20; // steps of the mean shift, at most
  private static final double SETTLED = 0.5; // a step shorter than this, in plot units, ends it
  static final double CHAR = 0.65; // a wide average letter of a bold sans, in ems
  static final double LINE = 1.15; // the label's line height, in ems
  private static final double RING = 20; // between the rings of places a name may try
  private static final double GAP = 6; // between two labels' boxes
  private static final double DOT = 11; // a point's radius where it is largest (a phone)
  private static final int LINE_CHARS = 18; // a label wraps at word breaks after this many

  /** A point of the map, in plot units. */
  record Spot(double x, double y) {
    double distance(Spot other) {
      return Math.hypot(x - other.x, y - other.y);
    }
  }

  /**
   * A group that may be named: its name, its colour (1 and up for a theme, 0 for a sub-topic), and
   * its papers on the map.
   */
  record Group(String name, int tone, List<Spot> spots) {
    boolean theme() {
      return tone > 0;
    }
  }

  private record Box(double left, double top, double right, double bottom) {
    boolean overlaps(Box o) {
      return left < o.right + GAP
          && o.left < right + GAP
          && top < o.bottom + GAP
          && o.top < bottom + GAP;
    }
  }

  /**
   * A group that is a cluster, where it is, how many of its papers are there and, for a sub-topic,
   * how far half of them lie from there (0 for a theme).
   */
  private record Cluster(Group group, Spot centre, int near, double spread) {
    double font() {
      return group.theme() ? FONT : SUB_FONT;
    }

    double shift() {
      return group.theme() ? THEME_SHIFT : SUB_SHIFT;
    }
  }

  private MapLabels() {}

  /**
   * The labels of the groups that are clusters among {@code all} points, inside a plot {@code
   * width} × {@code height} with {@code padding} kept free at its edges.
   */
  static List<MapLabel> of(
      List<Group> groups, List<Spot> all, double width, double height, double padding) {
    List<Cluster> clusters = new ArrayList<>();
    for (Group group : groups) {
      Cluster cluster = group.theme() ? cluster(group) : compact(group);
      if (cluster != null) {
        clusters.add(cluster);
      }
    }
    clusters.sort(
        Comparator.comparing((Cluster c) -> !c.group().theme())
            .thenComparingDouble(Cluster::spread)
            .thenComparingInt(c -> -c.near())
            .thenComparing(c -> c.group().name()));
    List<Box> placed = new ArrayList<>();
    List<MapLabel> labels = new ArrayList<>();
    List<String> named = new ArrayList<>();
    for (Cluster cluster : clusters) {
      if (named.contains(cluster.group().name())) {
        continue; // two themes may hold a sub-topic of the same name and papers
      }
      List<String> lines = lines(cluster.group().name());
      double font = cluster.font();
      double w = lines.stream().mapToInt(String::length).max().orElse(0) * font * CHAR;
      double h = lines.size() * font * LINE;
      Spot c = cluster.centre();
      // Of the places within the group's neighbourhood (kept inside the plot; a label further off
      // would name other papers), the one over the fewest points, nearest the centre of those: a
      // name over dots hides them and is hard to read.
      Box best = null;
      int fewest = Integer.MAX_VALUE;
      for (double[] t : tries(h, cluster.shift())) {
        double x = clamp(c.x() + t[0], padding + w / 2, width - padding - w / 2);
        double y = clamp(c.y() + t[1], padding + h / 2, height - padding - h / 2);
        Box box = new Box(x - w / 2, y - h / 2, x + w / 2, y + h / 2);
        if (c.distance(new Spot(x, y)) <= cluster.shift()
            && placed.stream().noneMatch(box::overlaps)) {
          int covered = covered(box, all);
          if (covered < fewest) {
            best = box;
            fewest = covered;
          }
        }
      }
      if (best != null && fewest <= MAX_COVERS) {
        placed.add(best);
        named.add(cluster.group().name());
        // a line's middle sits about 0.35 em above its baseline
        double first = 0.35 - (lines.size() - 1) * LINE / 2;
        labels.add(
            new MapLabel(
                lines,
                round((best.left() + best.right()) / 2),
                round((best.top() + best.bottom()) / 2),
                round(first),
                LINE,
                cluster.group().tone()));
      }
    }
    return List.copyOf(labels);
  }

  /**
   * Where a label of height {@code h} may go, as offsets from its cluster's centre, nearest first:
   * the centre, half a line up or down, then rings of eight and sixteen directions within {@code
   * reach}.
   */
  private static List<double[]> tries(double h, double reach) {
    List<double[]> tries = new ArrayList<>();
    tries.add(new double[] {0, 0});
    tries.add(new double[] {0, -h / 2});
    tries.add(new double[] {0, h / 2});
    int rings = (int) Math.round(reach / RING);
    for (int ring = 1; ring <= rings; ring++) {
      int directions = 8 * ring;
      for (int k = 0; k < directions; k++) {
        double a = 2 * Math.PI * k / directions;
        double r = reach * ring / rings;
        tries.add(new double[] {round(r * Math.cos(a)), round(r * Math.sin(a))});
      }
    }
    return tries;
  }

  /** How many points a label's box covers, a dot's radius around it included. */
  private static int covered(Box box, List<Spot> all) {
    int n = 0;
    for (Spot s : all) {
      if (s.x() >= box.left() - DOT
          && s.x() <= box.right() + DOT
          && s.y() >= box.top() - DOT
          && s.y() <= box.bottom() + DOT) {
        n++;
      }
    }
    return n;
  }

  /**
   * The group's cluster: from the paper with most of the group within {@link #RADIUS} (the first
   * such, in the group's order), the centre moves to the mean of the group's papers around it until
   * it settles (mean shift: it climbs to where the group is densest); null when too few of the
   * group are near where it settles.
   */
  private static Cluster cluster(Group group) {
    List<Spot> spots = group.spots();
    Spot centre = null;
    int most = 0;
    for (Spot s : spots) {
      int near = near(spots, s);
      if (near > most) {
        most = near;
        centre = s;
      }
    }
    if (most < MIN_NEAR) {
      return null;
    }
    for (int step = 0; step < SHIFTS; step++) {
      Spot mean = meanNear(spots, centre);
      boolean settled = mean.distance(centre) < SETTLED;
      centre = mean;
      if (settled) {
        break;
      }
    }
    int own = near(spots, centre);
    return own >= MIN_NEAR ? new Cluster(group, centre, own, 0) : null;
  }

  /**
   * The sub-topic at the centroid of its papers when they lie close together there (half within
   * {@link #COMPACT}, {@link #MOST} within {@link #SPREAD}); null when they are too few or spread.
   */
  private static Cluster compact(Group group) {
    List<Spot> spots = group.spots();
    if (spots.size() < MIN_NEAR) {
      return null;
    }
    Spot centroid =
        new Spot(
            spots.stream().mapToDouble(Spot::x).average().orElseThrow(),
            spots.stream().mapToDouble(Spot::y).average().orElseThrow());
    double[] distances = spots.stream().mapToDouble(centroid::distance).sorted().toArray();
    int within = (int) spots.stream().filter(s -> s.distance(centroid) <= SPREAD).count();
    double half = distances[(distances.length - 1) / 2];
    return half <= COMPACT && within >= MOST * spots.size()
        ? new Cluster(group, centroid, within, half)
        : null;
  }

  /** The mean of the spots within {@link #RADIUS} of {@code centre}; itself when none is. */
  private static Spot meanNear(List<Spot> spots, Spot centre) {
    double sx = 0;
    double sy = 0;
    int n = 0;
    for (Spot s : spots) {
      if (s.distance(centre) <= RADIUS) {
        sx += s.x();
        sy += s.y();
        n++;
      }
    }
    return n == 0 ? centre : new Spot(sx / n, sy / n);
  }

  private static int near(List<Spot> spots, Spot centre) {
    int n = 0;
    for (Spot s : spots) {
      if (s.distance(centre) <= RADIUS) {
        n++;
      }
    }
    return n;
  }

  /** The name broken at spaces into lines of about {@link #LINE_CHARS} characters. */
  static List<String> lines(String name) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : name.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARS) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return List.copyOf(lines);
  }

  /** {@code v} moved into [low, high]; the middle of the two when they cross (no room). */
  private static double clamp(double v, double low, double high) {
    return low > high ? (low + high) / 2 : Math.max(low, Math.min(high, v));
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
