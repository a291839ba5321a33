package dev.surveyor.eval;

import dev.surveyor.model.Label;
import java.util.List;

/**
 * Per-theme scores on the labels the rules were tuned on and on those held out, the disagreements
 * behind them, and labels that name no paper of the survey.
 */
public record EvalResult(
    List<ThemeScore> tuning,
    List<ThemeScore> heldOut,
    List<Disagreement> disagreements,
    List<Label> unmatched) {
  public EvalResult {
    tuning = List.copyOf(tuning);
    heldOut = List.copyOf(heldOut);
    disagreements = List.copyOf(disagreements);
    unmatched = List.copyOf(unmatched);
  }

  public ThemeScore heldOut(String theme) {
    return heldOut.stream().filter(s -> s.theme().equals(theme)).findFirst().orElseThrow();
  }

  public ThemeScore tuning(String theme) {
    return tuning.stream().filter(s -> s.theme().equals(theme)).findFirst().orElseThrow();
  }
}
