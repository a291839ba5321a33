package dev.surveyor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The hand-printed tenths read exactly as the format they stand in for. */
class ScoresTest {
  @Test
  void wholeNumbersHaveNoDecimals() {
    assertEquals("8", Scores.display(8));
    assertEquals("-3", Scores.display(-3));
    assertEquals("0", Scores.display(0));
  }

  @Test
  void everyScoreReadsAsTheOneDecimalFormat() {
    // Sums and products of rule weights: whole tenths, quarters and thirds, positive and negative.
    for (int n = -2000; n <= 2000; n++) {
      for (double value : new double[] {n / 10.0, n / 4.0, n / 3.0, n * 0.1 * 3, n / 10.0 * 1.5}) {
        if (value != Math.rint(value)) {
          assertEquals(
              String.format(Locale.ROOT, "%.1f", value), Scores.display(value), "value " + value);
        }
      }
    }
  }
}
