package dev.surveyor.eval;

import dev.surveyor.model.Assignment;
import dev.surveyor.model.Label;
import dev.surveyor.model.LabelSet;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.text.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the survey's theme assignments with hand labels. Labels find their paper by title key,
 * as listings do. Curator overrides count as the survey's answer: what a reader sees.
 */
public final class Evaluation {
  private Evaluation() {}

  public static EvalResult evaluate(Survey survey, LabelSet labels) {
    Map<String, Paper> byKey = new HashMap<>();
    for (Paper paper : survey.papers()) {
      byKey.put(paper.key(), paper);
    }
    List<Label> unmatched = new ArrayList<>();
    List<Disagreement> disagreements = new ArrayList<>();
    Map<String, int[]> tuning = new HashMap<>();
    Map<String, int[]> heldOut = new HashMap<>();
    for (Label label : labels.labels()) {
      Paper paper = byKey.get(Text.titleKey(label.title()));
      if (paper == null) {
        unmatched.add(label);
        continue;
      }
      for (String theme : labels.themes()) {
        Assignment assignment =
            survey.assignmentsOf(paper).stream()
                .filter(a -> a.theme().equals(theme))
                .findFirst()
                .orElse(null);
        if (assignment == null) {
          continue; // a labelled theme the survey does not have
        }
        boolean expected = label.themes().contains(theme);
        // The rules are measured, not the survey as curated: a curator's correction of a
        // paper the rules get wrong would otherwise hide the error it corrects.
        boolean actual = assignment.rulesSay();
        int[] counts = (label.heldOut() ? heldOut : tuning).computeIfAbsent(theme, t -> new int[4]);
        counts[expected ? (actual ? 0 : 2) : (actual ? 1 : 3)]++;
        if (expected != actual) {
          disagreements.add(new Disagreement(label, paper.slug(), theme, expected, assignment));
        }
      }
    }
    disagreements.sort(
        Comparator.comparing(Disagreement::theme)
            .thenComparing(Disagreement::labelled)
            .thenComparing(d -> d.label().line()));
    return new EvalResult(
        scores(labels, tuning), scores(labels, heldOut), disagreements, unmatched);
  }

  private static List<ThemeScore> scores(LabelSet labels, Map<String, int[]> counts) {
    List<ThemeScore> scores = new ArrayList<>();
    for (String theme : labels.themes()) {
      int[] c = counts.get(theme);
      if (c != null) {
        scores.add(new ThemeScore(theme, c[0], c[1], c[2], c[0] + c[1] + c[2] + c[3]));
      }
    }
    return scores;
  }
}
