package dev.surveyor.view;

import dev.surveyor.view.Views.MapLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Names the regions of the map a reader can see as one line of work. A group (the papers a theme
 * colours, or a named sub-topic) earns a label where it is a cluster on the map: around its densest
 * spot at least {@link #MIN_NEAR} of its papers, and at least half of all the points there, are its
 * own. Elsewhere a group is scattered among others and a name would mislabel them, so it gets none.
 * Labels are placed largest group first, near the group's centre where they cover the fewest
 * points, never over one another nor past the plot; one that finds no room is left out.
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

  private static final int SHIFTS = 20; // steps of the mean shift, at most
  private static final double SETTLED = 0.5; // a step shorter than this, in plot units, ends it
  static final double CHAR = 0.65; // a wide average letter of a bold sans, in ems
  static final double LINE = 1.15; // the label's line height, in ems
  private static final double GAP = 6; // between two labels' boxes
  private static final double DOT = 11; // a point's radius where it is largest (a phone)
  private static final int LINE_CHARS = 18; // a label wraps at word breaks after this many

  /** A point of the map, in plot units. */
  record Spot(double x, double y) {
    double distance(Spot other) {
      return Math.hypot(x - other.x, y - other.y);
    }
  }

  /** A group that may be named: its name, whether it is a theme, and its papers on the map. */
  record Group(String name, boolean theme, List<Spot> spots) {}

  private record Box(double left, double top, double right, double bottom) {
    boolean overlaps(Box o) {
      return left < o.right + GAP
          && o.left < right + GAP
          && top < o.bottom + GAP
          && o.top < bottom + GAP;
    }
  }

  /** A group that is a cluster, where it is and how many of its papers are there. */
  private record Cluster(Group group, Spot centre, int near) {}

  private MapLabels() {}

  /**
   * The labels of the groups that are clusters among {@code all} points, inside a plot {@code
   * width} × {@code height} with {@code padding} kept free at its edges.
   */
  static List<MapLabel> of(
      List<Group> groups, List<Spot> all, double width, double height, double padding) {
    List<Cluster> clusters = new ArrayList<>();
    for (Group group : groups) {
      Cluster cluster = cluster(group, all);
      if (cluster != null) {
        clusters.add(cluster);
      }
    }
    clusters.sort(
        Comparator.comparingInt((Cluster c) -> -c.near()).thenComparing(c -> c.group().name()));
    List<Box> placed = new ArrayList<>();
    List<MapLabel> labels = new ArrayList<>();
    for (Cluster cluster : clusters) {
      List<String> lines = lines(cluster.group().name());
      double w = lines.stream().mapToInt(String::length).max().orElse(0) * FONT * CHAR;
      double h = lines.size() * FONT * LINE;
      Spot c = cluster.centre();
      // Of the places within the group's neighbourhood (kept inside the plot; a label further off
      // would name other papers), the one over the fewest points, nearest the centre of those: a
      // name over dots hides them and is hard to read.
      Box best = null;
      int fewest = Integer.MAX_VALUE;
      for (double[] t : tries(h)) {
        double x = clamp(c.x() + t[0], padding + w / 2, width - padding - w / 2);
        double y = clamp(c.y() + t[1], padding + h / 2, height - padding - h / 2);
        Box box = new Box(x - w / 2, y - h / 2, x + w / 2, y + h / 2);
        if (c.distance(new Spot(x, y)) <= RADIUS && placed.stream().noneMatch(box::overlaps)) {
          int covered = covered(box, all);
          if (covered < fewest) {
            best = box;
            fewest = covered;
          }
        }
      }
      if (best != null) {
        placed.add(best);
        // a line's middle sits about 0.35 em above its baseline
        double first = 0.35 - (lines.size() - 1) * LINE / 2;
        labels.add(
            new MapLabel(
                lines,
                round((best.left() + best.right()) / 2),
                round((best.top() + best.bottom()) / 2),
                round(first),
                LINE,
                cluster.group().theme()));
      }
    }
    return List.copyOf(labels);
  }

  /**
   * Where a label of height {@code h} may go, as offsets from its cluster's centre, nearest first:
   * the centre, half a line up or down, then rings of eight and sixteen directions within {@link
   * #RADIUS}.
   */
  private static List<double[]> tries(double h) {
    List<double[]> tries = new ArrayList<>();
    tries.add(new double[] {0, 0});
    tries.add(new double[] {0, -h / 2});
    tries.add(new double[] {0, h / 2});
    for (int ring = 1; ring <= 2; ring++) {
      int directions = 8 * ring;
      for (int k = 0; k < directions; k++) {
        double a = 2 * Math.PI * k / directions;
        double r = RADIUS * ring / 2;
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
   * group, or not half of all the points, are near where it settles.
   */
  private static Cluster cluster(Group group, List<Spot> all) {
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
    int everyone = near(all, centre);
    return own >= MIN_NEAR && own * 2 >= everyone ? new Cluster(group, centre, own) : null;
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
