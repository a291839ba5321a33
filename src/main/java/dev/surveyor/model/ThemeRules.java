package dev.surveyor.model;

import java.util.List;

/**
 * How a theme recognises its papers: weighted phrases (negative weights are counter-cues, and a
 * negative multi-word phrase such as "using LoRA" cancels the context it names), a
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

  /**
   * A phrase and what one match of it is worth, counted where its scope says: a phrase that is
   * weak evidence in an abstract ("LoRA" as a tool) can still be strong in a title.
   */
  public record Cue(String phrase, double weight, Scope scope) {}

  /** Where a cue counts. */
  public enum Scope {
    ANYWHERE,
    TITLE,
    ABSTRACT;

    public boolean covers(Evidence.Field field) {
      return this == ANYWHERE || name().equals(field.name());
    }
  }

  public static ThemeRules none() {
    return new ThemeRules(Double.MAX_VALUE, 2, 3, List.of());
  }
}
