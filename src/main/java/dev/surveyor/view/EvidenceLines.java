package dev.surveyor.view;

import dev.surveyor.model.Evidence;
import dev.surveyor.model.Scores;
import dev.surveyor.model.ThemeRules;
import dev.surveyor.text.Text;
import dev.surveyor.view.Views.EvidenceView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A theme's evidence as reasons a reader can add up: one line per phrase, its title and abstract
 * hits together; phrases the scorer counts inside a longer one ("instruction" in "instruction
 * following") folded into the longer one's line with their points; counter-cues said in words ("a
 * title about reasoning points away from instruction tuning"); a paired cue with what the two
 * together mean, in the theme's words ("“prompt” and “vectors” together: a prompt learned as
 * vectors…"), not "prompt with vectors". Counts read as words ("twice", "5 times"). The lines'
 * points always sum to the evidence's.
 */
final class EvidenceLines {
  private static final int MAX_CHAIN = 8; // nesting is shallow; a bound guards against a cycle

  private EvidenceLines() {}

  /** A line being built: the phrase that heads it and what it adds up. */
  private static final class Line {
    final String surface;
    final boolean pair;
    String says = ""; // a pair's meaning, from the theme's rules
    boolean inTitle;
    int inAbstract; // how often the heading phrase is in the abstract
    double points;
    final List<String> alsoCounted = new ArrayList<>(); // shorter phrases inside it, as written
    final List<Integer> alsoCounts = new ArrayList<>(); // ... and how often each is in all
    boolean holdsOtherSign; // holds a phrase of the other sign: "using LoRA" holds "LoRA"
    final int order; // first seen: title before abstract, then the scorer's order

    Line(String surface, boolean pair, int order) {
      this.surface = surface;
      this.pair = pair;
      this.order = order;
    }
  }

  /**
   * @param theme the theme as a counter-cue names it, in running text ("instruction tuning")
   */
  static List<EvidenceView> of(List<Evidence> found, String theme) {
    return of(found, theme, List.of());
  }

  /**
   * @param theme the theme as a counter-cue names it, in running text ("instruction tuning")
   * @param pairs the theme's paired cues, whose {@code says} a pair's line gives
   */
  static List<EvidenceView> of(List<Evidence> found, String theme, List<ThemeRules.Pair> pairs) {
    Map<String, String> says = new LinkedHashMap<>();
    pairs.forEach(p -> says.put(p.name().toLowerCase(Locale.ROOT), p.says()));
    Map<Evidence.Field, Map<String, Evidence>> byField = byField(found);
    Map<String, Line> lines = new LinkedHashMap<>();
    for (Map.Entry<Evidence.Field, Map<String, Evidence>> field : byField.entrySet()) {
      Map<String, Evidence> cues = field.getValue();
      for (Evidence e : cues.values()) {
        Evidence head = head(e, cues);
        boolean pair = e.cue().contains(" + ") && head == e; // a paired cue's name
        Line line =
            lines.computeIfAbsent(
                head.cue().toLowerCase(Locale.ROOT) + (pair ? "\u0000pair" : ""),
                k -> new Line(head.surface(), pair, lines.size()));
        if (pair) {
          line.says = says.getOrDefault(e.cue().toLowerCase(Locale.ROOT), "");
        }
        line.points += e.points();
        if (e == head) {
          if (field.getKey() == Evidence.Field.TITLE) {
            line.inTitle = true;
          } else {
            line.inAbstract = e.count();
          }
        } else if (e.count() > head.count()) {
          line.alsoCounted.add("\u201c" + e.surface() + "\u201d");
          line.alsoCounts.add(e.count());
        }
        Evidence container = cues.get(e.partOf().toLowerCase(Locale.ROOT));
        if (container != null && head == e && sign(container) != sign(e)) {
          // A phrase inside one of the other sign: "using LoRA" takes back points of "LoRA".
          Evidence outerHead = head(container, cues);
          Line outer =
              lines.computeIfAbsent(
                  outerHead.cue().toLowerCase(Locale.ROOT),
                  k -> new Line(outerHead.surface(), false, lines.size()));
          outer.holdsOtherSign = true;
        }
      }
    }
    List<Line> sorted = new ArrayList<>(lines.values());
    sorted.removeIf(l -> !l.inTitle && l.inAbstract == 0 && l.points == 0 && !l.holdsOtherSign);
    sorted.sort(
        Comparator.comparing((Line l) -> l.points < 0)
            .thenComparing(l -> -Math.abs(l.points))
            .thenComparingInt(l -> l.order));
    return sorted.stream().map(l -> view(l, theme)).toList();
  }

  /**
   * The evidence of each field by cue, two cues on the same words of a field (a title cue, and an
   * abstract cue weighed up in the title) merged into one.
   */
  private static Map<Evidence.Field, Map<String, Evidence>> byField(List<Evidence> found) {
    Map<Evidence.Field, Map<String, Evidence>> byField = new EnumMap<>(Evidence.Field.class);
    for (Evidence e : found) {
      byField
          .computeIfAbsent(e.field(), f -> new LinkedHashMap<>())
          .merge(
              e.cue().toLowerCase(Locale.ROOT),
              e,
              (first, more) ->
                  new Evidence(
                      first.cue(),
                      first.surface(),
                      first.field(),
                      Math.max(first.count(), more.count()),
                      first.points() + more.points(),
                      first.partOf().isEmpty() ? more.partOf() : first.partOf()));
    }
    return byField;
  }

  /** The longest phrase of the same sign that holds {@code e}, or {@code e} itself. */
  private static Evidence head(Evidence e, Map<String, Evidence> cues) {
    Evidence head = e;
    for (int i = 0; i < MAX_CHAIN; i++) {
      Evidence outer = cues.get(head.partOf().toLowerCase(Locale.ROOT));
      if (outer == null || outer == head || sign(outer) != sign(e)) {
        break;
      }
      head = outer;
    }
    return head;
  }

  private static int sign(Evidence e) {
    return e.points() < 0 ? -1 : 1;
  }

  private static EvidenceView view(Line l, String theme) {
    double sum = Math.round(l.points * 100) / 100.0; // sums of weights, exact to hundredths
    boolean against = sum < 0;
    String points = signed(sum);
    if (l.pair) {
      String[] sides = l.surface.split(" \\+ ", 2);
      // What the two together mean, else that they count together; against, which way.
      String detail =
          " and \u201c"
              + sides[1]
              + "\u201d together"
              + (l.says.isEmpty() ? "" : ": " + l.says)
              + (against
                  ? (l.says.isEmpty() ? "" : ", so they") + " point away from " + theme
                  : "");
      return new EvidenceView("", sides[0], detail, points, against);
    }
    StringBuilder detail = new StringBuilder();
    if (!l.alsoCounted.isEmpty()) {
      // the shorter phrase inside the line's, counted on its own too
      // "; “reasoning” counts too: 3 times in all", "; “reason” and “logical” count too: 10
      // and 5 times in all"
      boolean one = l.alsoCounted.size() == 1;
      detail
          .append("; ")
          .append(Text.series(l.alsoCounted))
          .append(one ? " counts too: " : " count too: ")
          .append(
              one
                  ? times(l.alsoCounts.get(0))
                  : Text.series(l.alsoCounts.stream().map(String::valueOf).toList()) + " times")
          .append(" in all");
    }
    if (l.holdsOtherSign) {
      // A phrase round words the theme counts ("instruction-tuned models" round "instruction
      // tuning") takes back part of their points, or gives back what they took, in plain words.
      detail.append(
          against
              ? ", a phrase that takes back some of the points its words score"
              : ", a phrase that cancels the points its words take off");
    } else if (against) {
      detail.append(away(theme));
    }
    if (against && l.inTitle && l.inAbstract == 0 && !l.holdsOtherSign) {
      return new EvidenceView("a title about ", l.surface, detail.toString(), points, true);
    }
    return new EvidenceView("", l.surface, where(l) + detail, points, against);
  }

  private static String away(String theme) {
    return " points away from " + theme;
  }

  /** Where the phrase is: "in the title", "×3 in the abstract", "in the title and the abstract". */
  private static String where(Line l) {
    String inAbstract =
        l.inAbstract == 0
            ? ""
            : l.inAbstract == 1 ? "the abstract" : times(l.inAbstract) + " in the abstract";
    if (l.inTitle) {
      return inAbstract.isEmpty() ? " in the title" : " in the title and " + inAbstract;
    }
    return inAbstract.isEmpty()
        ? ""
        : inAbstract.startsWith("the") ? " in " + inAbstract : " " + inAbstract;
  }

  /** A count as a reader says it: "twice", "5 times". */
  private static String times(int count) {
    return count == 1 ? "once" : count == 2 ? "twice" : count + " times";
  }

  /** Points with their sign, as a reader adds them up: "+3", "−1" (a minus sign, not a hyphen). */
  static String signed(double points) {
    return points < 0 ? "\u2212" + Scores.display(-points) : "+" + Scores.display(points);
  }
}
