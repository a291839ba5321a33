package dev.surveyor.model;

import java.util.List;

/**
 * A paper's standing with one theme: its score and evidence, and whether the paper is in the theme.
 * A curator's decision wins over the score and is marked as such.
 */
public record Assignment(
    String theme, double score, double threshold, List<Evidence> evidence, Decision decision) {

  public Assignment {
    evidence = List.copyOf(evidence);
  }

  /** How the membership was decided. */
  public enum Decision {
    RULES_IN,
    RULES_OUT,
    CURATOR_ADDED,
    CURATOR_REMOVED,
    /** The curator's verdict (the paper's exact themes) names this theme. */
    VERDICT_IN,
    /** The curator's verdict leaves this theme out. */
    VERDICT_OUT;

    public boolean member() {
      return this == RULES_IN || this == CURATOR_ADDED || this == VERDICT_IN;
    }

    public boolean curated() {
      return this != RULES_IN && this != RULES_OUT;
    }
  }

  public boolean member() {
    return decision.member();
  }

  /** What the rules alone say, whatever a curator decided: what {@code eval} measures. */
  public boolean rulesSay() {
    return score >= threshold;
  }
}
