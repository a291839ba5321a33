package dev.surveyor.eval;

import dev.surveyor.model.Evidence;
import dev.surveyor.model.Label;
import dev.surveyor.model.Scores;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Prints an evaluation as a table of scores and a list of disagreements, for a terminal. */
public final class EvalReport {
  private EvalReport() {}

  /** Which labels' disagreements to list. */
  public enum Split {
    NONE,
    TUNING,
    HELD_OUT,
    ALL;

    /** "tuning", "held-out", "all" or "none", as typed on the command line. */
    public static Split parse(String name) {
      return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    boolean shows(Label label) {
      return this == ALL
          || (this == TUNING && !label.heldOut())
          || (this == HELD_OUT && label.heldOut());
    }
  }

  public static String format(EvalResult result, Split show) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-22s %-9s %5s %5s %5s %5s %5s %5s%n",
            "theme",
            "labels",
            "P",
            "R",
            "F1",
            "TP",
            "FP",
            "FN"));
    // A labels file may hold one split only (an external set is all held-out), so each theme
    // is listed when either split scored it.
    Set<String> themes = new LinkedHashSet<>();
    result.tuning().forEach(s -> themes.add(s.theme()));
    result.heldOut().forEach(s -> themes.add(s.theme()));
    for (String theme : themes) {
      Optional<ThemeScore> tuned = scoreOf(result.tuning(), theme);
      tuned.ifPresent(score -> row(out, score, "tuning", true));
      scoreOf(result.heldOut(), theme)
          .ifPresent(score -> row(out, score, "held-out", tuned.isEmpty()));
    }
    if (!result.unmatched().isEmpty()) {
      out.append(
          String.format("%n%d labels name no paper of the survey:%n", result.unmatched().size()));
      for (Label label : result.unmatched()) {
        out.append("  line ").append(label.line()).append(": ").append(label.title()).append('\n');
      }
    }
    List<Disagreement> shown =
        result.disagreements().stream().filter(d -> show.shows(d.label())).toList();
    if (!shown.isEmpty()) {
      out.append(
          String.format(
              "%n%d disagreements (theme, missed or extra, labels file line, "
                  + "T tuning or H held-out, the rules' score, title; * a curator's note already corrects it):%n",
              shown.size()));
      for (Disagreement d : shown) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %-18s %-8s line %-4d %s %s of %s %s %s%n",
                d.theme(),
                d.labelled() ? "missed" : "extra",
                d.label().line(),
                d.label().heldOut() ? "H" : "T",
                Scores.display(d.assignment().score()),
                Scores.display(d.assignment().threshold()),
                d.assignment().member() == d.labelled() ? "*" : " ",
                d.label().title()));
        String evidence = evidence(d.assignment().evidence());
        if (!evidence.isEmpty()) {
          out.append("      evidence: ").append(evidence).append('\n');
        }
        if (!d.label().note().isEmpty()) {
          out.append("      note: ").append(d.label().note()).append('\n');
        }
      }
    }
    return out.toString();
  }

  private static Optional<ThemeScore> scoreOf(List<ThemeScore> scores, String theme) {
    return scores.stream().filter(s -> s.theme().equals(theme)).findFirst();
  }

  private static void row(StringBuilder out, ThemeScore s, String split, boolean named) {
    out.append(
        String.format(
            Locale.ROOT,
            "%-22s %-9s %5.2f %5.2f %5.2f %5d %5d %5d%n",
            named ? s.theme() : "",
            split,
            s.precision(),
            s.recall(),
            s.f1(),
            s.truePositives(),
            s.falsePositives(),
            s.falseNegatives()));
  }

  private static String evidence(List<Evidence> evidence) {
    return evidence.stream()
        .map(e -> e.describe() + " (" + Scores.display(e.points()) + ")")
        .collect(Collectors.joining(", "));
  }
}
