package dev.surveyor.model;

import java.util.List;

/**
 * How a theme recognises its papers: weighted phrases (negative weights are counter-cues), a
 * multiplier for phrases found in the title, a cap on how often a repeated abstract phrase counts,
 * and the score a paper needs.
 */
public record ThemeRules(
    double threshold, double titleWeight, int maxRepeats, List<Cue> cues) {

  public ThemeRules {
    cues = List.copyOf(cues);
    if (titleWeight <= 0) {
      titleWeight = 2;
    }
    if (maxRepeats <= 0) {
      maxRepeats = 3;
    }
  }

  /** A phrase and what one match of it is worth. */
  public record Cue(String phrase, double weight) {}

  public static ThemeRules none() {
    return new ThemeRules(Double.MAX_VALUE, 2, 3, List.of());
  }
}
