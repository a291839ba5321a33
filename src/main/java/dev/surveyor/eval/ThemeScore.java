package dev.surveyor.eval;

/** How the rules did on one theme over one split of the labels. */
public record ThemeScore(
    String theme, int truePositives, int falsePositives, int falseNegatives, int labelled) {
  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  /** Harmonic mean of precision and recall; 1 when the theme has no positives either way. */
  public double f1() {
    int denominator = 2 * truePositives + falsePositives + falseNegatives;
    return denominator == 0 ? 1 : 2.0 * truePositives / denominator;
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 1 : (double) part / whole;
  }
}
