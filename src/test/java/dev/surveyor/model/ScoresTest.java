package dev.surveyor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The hand-printed tenths and hundredths read exactly as the format they stand in for. */
class ScoresTest {
  @Test
  void wholeNumbersHaveNoDecimals() {
    assertEquals("8", Scores.display(8));
    assertEquals("-3", Scores.display(-3));
    assertEquals("0", Scores.display(0));
  }

  @Test
  void wholeTenthsReadAsTheOneDecimalFormatAndHundredthsExactly() {
    // Sums and products of rule weights: whole tenths, quarters and thirds, positive and negative.
    // A threshold of 8.75 reads "8.75", not "8.8", so that listed points add up to what is shown.
    for (int n = -2000; n <= 2000; n++) {
      for (double value : new double[] {n / 10.0, n / 4.0, n / 3.0, n * 0.1 * 3, n / 10.0 * 1.5}) {
        if (value == Math.rint(value)) {
          continue;
        }
        double tenths = value * 10;
        String format = tenths == Math.rint(tenths) ? "%.1f" : "%.2f";
        assertEquals(
            String.format(Locale.ROOT, format, value), Scores.display(value), "value " + value);
      }
    }
    assertEquals("8.75", Scores.display(8.75));
    assertEquals("-2.25", Scores.display(-2.25));
    assertEquals("0.33", Scores.display(1 / 3.0));
  }
}
