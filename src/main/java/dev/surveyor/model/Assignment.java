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
   * points, 8.5 needed"), whether a paper it left out came close enough to show, the labelled
   * papers most like this one that were labelled as it decided (slugs, nearest first), and a
   * learned model's probability that the paper is in the theme, when one decided.
   */
  public record Reason(
      String by,
      String measure,
      boolean nearMiss,
      List<String> examples,
      java.util.OptionalDouble probability) {
    public Reason {
      examples = List.copyOf(examples);
    }

    /** The reason of a model that gives no probability, such as the rules. */
    public Reason(String by, String measure, boolean nearMiss, List<String> examples) {
      this(by, measure, nearMiss, examples, java.util.OptionalDouble.empty());
    }
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

  /**
   * What the scoring model alone says, whatever a curator decided: what {@code eval} measures. The
   * rules' score against the threshold, or a learned model's probability where one decided.
   */
  public boolean rulesSay() {
    return reason.probability().isPresent()
        ? reason.probability().getAsDouble() >= 0.5
        : score >= threshold;
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
      case VERDICT_IN ->
          "In this theme by the curator's decision; " + reason.by() + " give " + measure + ".";
      case VERDICT_OUT ->
          "Not in this theme by the curator's decision; " + reason.by() + " give " + measure + ".";
    };
  }
}
