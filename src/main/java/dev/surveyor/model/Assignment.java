package dev.surveyor.model;

import java.util.List;

/**
 * A paper's standing with one theme: the scoring model's score and evidence, the reason in a
 * reader's words, and whether the paper is in the theme. A curator's decision wins over the score
 * and is marked as such.
 */
public record Assignment(
    String theme,
    double score,
    double threshold,
    List<Evidence> evidence,
    Reason reason,
    Decision decision) {

  public Assignment {
    evidence = List.copyOf(evidence);
  }

  /**
   * What a model says of its own call: who decided ("the theme's phrases"), what it measured ("12
   * points, 8.5 needed"), whether a paper it left out came close enough to show, and the labelled
   * papers most like this one that were labelled as it decided (slugs, nearest first).
   */
  public record Reason(String by, String measure, boolean nearMiss, List<String> examples) {
    public Reason {
      examples = List.copyOf(examples);
    }
  }

  /** How the membership was decided. */
  public enum Decision {
    RULES_IN,
    RULES_OUT,
    CURATOR_ADDED,
    CURATOR_REMOVED;

    public boolean member() {
      return this == RULES_IN || this == CURATOR_ADDED;
    }

    public boolean curated() {
      return this == CURATOR_ADDED || this == CURATOR_REMOVED;
    }
  }

  public boolean member() {
    return decision.member();
  }

  /** What the model alone says, whatever a curator decided: what {@code eval} measures. */
  public boolean rulesSay() {
    return score >= threshold;
  }

  /** The same assignment as a curator decided it. */
  public Assignment decidedBy(Decision curated) {
    return new Assignment(theme, score, threshold, evidence, reason, curated);
  }

  /** The decision in a reader's words, with what the model measured. */
  public String explanation(boolean noted) {
    String see = noted ? " (see the curator's note)" : "";
    String measure = reason.measure();
    return switch (decision) {
      case RULES_IN -> "Placed here by " + reason.by() + ": " + measure + ".";
      case RULES_OUT -> "Not placed here: " + reason.by() + " give " + measure + ".";
      case CURATOR_ADDED ->
          "Added by a curator" + see + "; " + reason.by() + " alone give " + measure + ".";
      case CURATOR_REMOVED ->
          "Taken out by a curator" + see + ", though " + reason.by() + " give " + measure + ".";
    };
  }
}
