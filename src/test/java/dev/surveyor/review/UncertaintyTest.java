package dev.surveyor.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The margin: the score's distance from the threshold, relative to it; a model's when surer. */
class UncertaintyTest {
  private static double margin(double score, double threshold) {
    return Uncertainty.ofRules("reasoning", score, threshold).margin();
  }

  @Test
  void aScoreAtTheThresholdIsACoinTossAndMissesCountAsMuchAsHits() {
    assertEquals(0, margin(8.5, 8.5), 1e-12);
    assertEquals(0.5 / 8.5, margin(8, 8.5), 1e-12);
    assertEquals(margin(8, 8.5), margin(9, 8.5), 1e-12, "as far below as above");
    assertEquals(1, margin(0, 8.5), 1e-12);
    assertEquals(1, margin(40, 8.5), 1e-12, "far above is as sure as nothing found");
    assertTrue(margin(8, 8.5) < margin(5, 6), "relative to the threshold: 0.06 against 0.17");
  }

  @Test
  void aThresholdNearZeroKeepsTheMarginFinite() {
    assertEquals(1, margin(1, 0), 1e-12);
    assertEquals(0.4, margin(0.2, 0), 1e-12);
  }

  @Test
  void aModelsProbabilityCountsWhenItIsLessSure() {
    Uncertainty rules = Uncertainty.ofRules("peft", 0, 6);
    assertEquals(1, rules.margin(), 1e-12);
    assertEquals(0.2, rules.withProbability(0.6).margin(), 1e-12);
    assertEquals(0.2, rules.withProbability(0.4).margin(), 1e-12);
    assertEquals(
        0.5 / 6, Uncertainty.ofRules("peft", 5.5, 6).withProbability(0.99).margin(), 1e-12);
    assertEquals("peft: rules 0 of 6, model 0.91", rules.withProbability(0.912).reason());
    assertEquals("reasoning: rules 8 of 8.5", Uncertainty.ofRules("reasoning", 8, 8.5).reason());
  }
}
