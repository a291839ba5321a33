package dev.surveyor.review;

import dev.surveyor.model.Scores;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How sure the tool is of a paper's standing with one theme, as a margin: 0 is a coin toss, and the
 * larger, the surer. The rules' margin is the score's distance from the threshold relative to the
 * threshold (8 of 8.5 is 0.06; 0 of 8.5 and 17 of 8.5 are both 1), so a miss counts as much as a
 * false hit. A model's probability, when there is one, gives its own margin ({@code |p - 0.5| * 2})
 * and the lesser of the two counts: a paper either scorer is unsure of is worth asking about.
 *
 * @param probability a learned model's probability that the paper is in the theme, when known
 */
public record Uncertainty(
    String theme, double score, double threshold, OptionalDouble probability) {

  /** Thresholds this close to 0 are taken as this, so the margin stays finite. */
  private static final double SMALLEST_THRESHOLD = 0.5;

  /** The rules' standing alone, where no learned model decided. */
  public static Uncertainty ofRules(String theme, double score, double threshold) {
    return new Uncertainty(theme, score, threshold, OptionalDouble.empty());
  }

  /** The same standing with a model's probability beside the rules' score. */
  public Uncertainty withProbability(double p) {
    return new Uncertainty(theme, score, threshold, OptionalDouble.of(p));
  }

  public double margin() {
    double rules =
        Math.min(
            1, Math.abs(score - threshold) / Math.max(Math.abs(threshold), SMALLEST_THRESHOLD));
    return probability.isPresent()
        ? Math.min(rules, Math.abs(probability.getAsDouble() - 0.5) * 2)
        : rules;
  }

  /** Why the theme is in doubt: "reasoning: rules 8 of 8.5", then ", model 0.91" with one. */
  public String reason() {
    String rules = theme + ": rules " + Scores.display(score) + " of " + Scores.display(threshold);
    return probability.isPresent()
        ? rules + String.format(Locale.ROOT, ", model %.2f", probability.getAsDouble())
        : rules;
  }
}
