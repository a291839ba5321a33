package dev.surveyor.view;

import dev.surveyor.view.Views.MapLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Names what a reader can see on the map: a theme's name (the legend gives its colour) or a named
 * sub-topic's, only where the dots around the name are mostly that group's (review 12: a theme
 * named beside its densest few dots sat among grey and blue ones, and one in the frame's corner
 * read as the frame's heading). A place {@link #names} a group when, within {@link #RADIUS} of it,
 * the group has more than half of the dots, at least {@link #MIN_NEAR} and at least {@link #SHARE}
 * of all its own: a group mixed with others everywhere, or gathered only as a stray few, has no
 * such place and no name. Themes are placed first, the largest first, then sub-topics; each near
 * where its dots gather most, at the place that names it where its name covers the fewest points,
 * never over another name, within {@link #EDGE} of the frame's lines, nor over more than {@link
 * #MAX_COVERS} points; one that finds no room is left out.
 */
final class MapLabels {
  /** The radius of a name's neighbourhood, in plot units: a twelfth of the map's width. */
  static final double RADIUS = 80;

  /** The fewest of a group's papers around its name. */
  static final int MIN_NEAR = 5;

  /**
   * The least share of a group's papers around its name: fewer would be a stray handful, not where
   * the group lies.
   */
  static final double SHARE = 1.0 / 8;

  /**
   * The label's font size where it is largest (a phone, where the map shrinks to a third and its
   * words grow), in plot units; boxes are measured at it so labels do not overlap at any size.
   */
  static final double FONT = 36;

  /** A sub-topic's name at its largest, in plot units (a phone), smaller than a theme's. */
  static final double SUB_FONT = 30;

  /**
   * How far a name's box, at its largest, keeps from the frame's lines: a theme name's height, so
   * that no name reads as the frame's heading.
   */
  static final double EDGE = FONT;

  /**
   * The most points a name may cover, as {@link #covered} counts them (generously: at the largest
   * size, a dot's radius around): a name in the densest part of the map hid them (one counted 75
   * covered 17 points as drawn on a desktop, one counted 57 covered 40 on a phone and one counted
   * 34 covered 26 there; those up to 32 at most 8), so it is left out there.
   */
  static final int MAX_COVERS = 33;

  /**
   * How far a name may move off where its group's dots gather: twice their neighbourhood, as a
   * theme spreads wide; the places it may take must still name it.
   */
  static final double REACH = 2 * RADIUS;

  private static final int SHIFTS = 20; // steps of the mean shift, at most
  private static final double SETTLED = 0.5; // a step shorter than this, in plot units, ends it
  static final double CHAR = 0.65; // a wide average letter of a bold sans, in ems
  static final double LINE = 1.15; // the label's line height, in ems
  private static final double RING = 20; // between the rings of places a name may try
  private static final double GAP = 6; // between two labels' boxes
  private static final double DOT = 11; // a point's radius where it is largest (a phone)
  private static final int LINE_CHARS = 18; // a label wraps at word breaks after this many
  // far wider than the rounding of a sum of two squares or of hypot (a few parts in 10^16)
  private static final double HAIR = 1e-9;

  /** A point of the map, in plot units. */
  record Spot(double x, double y) {
    double distance(Spot other) {
      return Math.hypot(x - other.x, y - other.y);
    }

    /**
     * Whether {@code other} is at most {@code reach} away, as {@code distance(other) <= reach}
     * says: the squares decide unless they are within a hair of each other, where {@code hypot}
     * does (it is slow, and asked of every pair of dots a label's place is weighed by).
     */
    boolean within(Spot other, double reach) {
      double dx = x - other.x;
      double dy = y - other.y;
      double square = dx * dx + dy * dy;
      double limit = reach * reach;
      if (square < limit * (1 - HAIR)) {
        return true;
      }
      if (square > limit * (1 + HAIR)) {
        return false;
      }
      return Math.hypot(dx, dy) <= reach; // also NaN, which both tests above pass by
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

    double font() {
      return theme() ? FONT : SUB_FONT;
    }
  }

  /** A rectangle of the plot: the dashed frame names stay inside, or a name's box. */
  record Box(double left, double top, double right, double bottom) {
    boolean overlaps(Box o) {
      return left < o.right + GAP
          && o.left < right + GAP
          && top < o.bottom + GAP
          && o.top < bottom + GAP;
    }

    /** The box of a name of {@code lines} at {@code font}, centred on {@code at}. */
    static Box of(List<String> lines, double font, Spot at) {
      double w = lines.stream().mapToInt(String::length).max().orElse(0) * font * CHAR;
      double h = lines.size() * font * LINE;
      return new Box(at.x() - w / 2, at.y() - h / 2, at.x() + w / 2, at.y() + h / 2);
    }

    /** How far the nearest of this box's sides lies inside {@code frame} (negative: outside). */
    double inset(Box frame) {
      return Math.min(
          Math.min(left - frame.left, frame.right - right),
          Math.min(top - frame.top, frame.bottom - bottom));
    }
  }

  /**
   * What a place's neighbourhood holds: the group's dots, all dots, and how many the group has in
   * all.
   */
  record Around(int own, int all, int size) {
    /** The group's dots are most of those here, and enough of it. */
    boolean names() {
      return own >= MIN_NEAR && own >= SHARE * size && 2 * own > all;
    }

    double purity() {
      return all == 0 ? 0 : (double) own / all;
    }
  }

  /**
   * The labels placed, and the groups that had a place naming them but no room for the name there
   * (for the caption, which says why a theme is not named).
   */
  record Naming(List<MapLabel> labels, List<String> crowded) {
    Naming {
      labels = List.copyOf(labels);
      crowded = List.copyOf(crowded);
    }
  }

  private MapLabels() {}

  /** What the neighbourhood of {@code at} holds of {@code group} among {@code all} points. */
  static Around around(Spot at, List<Spot> group, List<Spot> all) {
    return new Around(near(group, at), near(all, at), group.size());
  }

  /** The labels of the groups {@code all} points show, inside {@code frame}, clear of its lines. */
  static Naming of(List<Group> groups, List<Spot> all, Box frame) {
    List<Group> order = new ArrayList<>(groups);
    order.sort(
        Comparator.comparing((Group g) -> !g.theme())
            .thenComparingInt(g -> -g.spots().size())
            .thenComparing(Group::name));
    List<Box> placed = new ArrayList<>();
    List<MapLabel> labels = new ArrayList<>();
    List<String> named = new ArrayList<>();
    List<String> crowded = new ArrayList<>();
    for (Group group : order) {
      Spot centre = gathering(group.spots());
      if (centre == null || named.contains(group.name())) {
        continue; // two themes may hold a sub-topic of the same name and papers
      }
      List<String> lines = lines(group.name());
      Box size = Box.of(lines, group.font(), new Spot(0, 0));
      double halfW = size.right();
      double halfH = size.bottom();
      // Of the places near where the group gathers that name it (kept clear of the frame), the one
      // over the fewest points, the purest of those, the nearest the centre of those: a name over
      // dots hides them and is hard to read.
      Box best = null;
      int fewest = Integer.MAX_VALUE;
      double purest = 0;
      boolean somewhere = false;
      for (double[] t : tries(halfH * 2)) {
        double x =
            clamp(centre.x() + t[0], frame.left() + EDGE + halfW, frame.right() - EDGE - halfW);
        double y =
            clamp(centre.y() + t[1], frame.top() + EDGE + halfH, frame.bottom() - EDGE - halfH);
        Spot at = new Spot(x, y);
        Box box = Box.of(lines, group.font(), at);
        Around around = around(at, group.spots(), all);
        if (centre.distance(at) > REACH || box.inset(frame) < EDGE - 0.001 || !around.names()) {
          continue;
        }
        somewhere = true;
        if (placed.stream().anyMatch(box::overlaps)) {
          continue;
        }
        int covered = covered(box, all);
        if (covered < fewest || covered == fewest && around.purity() > purest) {
          best = box;
          fewest = covered;
          purest = around.purity();
        }
      }
      if (best != null && fewest <= MAX_COVERS) {
        placed.add(best);
        named.add(group.name());
        // a line's middle sits about 0.35 em above its baseline
        double first = 0.35 - (lines.size() - 1) * LINE / 2;
        labels.add(
            new MapLabel(
                lines,
                round((best.left() + best.right()) / 2),
                round((best.top() + best.bottom()) / 2),
                round(first),
                LINE,
                group.tone()));
      } else if (somewhere) {
        crowded.add(group.name());
      }
    }
    return new Naming(labels, crowded);
  }

  /**
   * Where a label of height {@code h} may go, as offsets from where its group gathers, nearest
   * first: there, half a line up or down, then rings of eight, sixteen, ... directions within
   * {@link #REACH}.
   */
  private static List<double[]> tries(double h) {
    List<double[]> tries = new ArrayList<>();
    tries.add(new double[] {0, 0});
    tries.add(new double[] {0, -h / 2});
    tries.add(new double[] {0, h / 2});
    int rings = (int) Math.round(REACH / RING);
    for (int ring = 1; ring <= rings; ring++) {
      int directions = 8 * ring;
      for (int k = 0; k < directions; k++) {
        double a = 2 * Math.PI * k / directions;
        double r = REACH * ring / rings;
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
   * Where the group's dots gather most: from the dot with most of the group within {@link #RADIUS}
   * (the first such, in the group's order), the mean of the group's dots around it until it settles
   * (mean shift: it climbs to where the group is densest); null when fewer than {@link #MIN_NEAR}
   * are anywhere near one another.
   */
  private static Spot gathering(List<Spot> spots) {
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
    return centre;
  }

  /** The mean of the spots within {@link #RADIUS} of {@code centre}; itself when none is. */
  private static Spot meanNear(List<Spot> spots, Spot centre) {
    double sx = 0;
    double sy = 0;
    int n = 0;
    for (Spot s : spots) {
      if (s.within(centre, RADIUS)) {
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
      if (s.within(centre, RADIUS)) {
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
