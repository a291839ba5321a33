package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
  /** Rows where feature 0 says yes and feature 1 says no, with noise in features 2 to 9. */
  private static List<LogisticRegression.Row> rows(boolean[] positive) {
    Random random = new Random(7);
    List<LogisticRegression.Row> rows = new ArrayList<>();
    for (int r = 0; r < positive.length; r++) {
      positive[r] = r % 3 == 0;
      int noise = 2 + random.nextInt(8);
      rows.add(
          new LogisticRegression.Row(
              new int[] {positive[r] ? 0 : 1, noise}, new double[] {1, random.nextDouble()}));
    }
    return rows;
  }

  @Test
  void learnsWhichFeatureMarksThePositives() {
    boolean[] positive = new boolean[60];
    List<LogisticRegression.Row> rows = rows(positive);
    LogisticRegression model = LogisticRegression.train(rows, positive, 10, 1e-4, 1.4);
    assertTrue(
        model.probability(new LogisticRegression.Row(new int[] {0}, new double[] {1})) > 0.9);
    assertTrue(
        model.probability(new LogisticRegression.Row(new int[] {1}, new double[] {1})) < 0.1);
  }

  @Test
  void theSameRowsGiveTheSameModelBitForBit() {
    boolean[] positive = new boolean[60];
    List<LogisticRegression.Row> rows = rows(positive);
    LogisticRegression.Row probe =
        new LogisticRegression.Row(new int[] {0, 5}, new double[] {0.3, 0.7});
    double first = LogisticRegression.train(rows, positive, 10, 1e-4, 1.4).probability(probe);
    double second = LogisticRegression.train(rows, positive, 10, 1e-4, 1.4).probability(probe);
    assertEquals(Double.doubleToLongBits(first), Double.doubleToLongBits(second));
  }
}
