package dev.surveyor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The small text helpers the pages' wording is made with. */
class TextTest {
  @Test
  void groupsThousandsAsTheFormatterDoes() {
    Random random = new Random(1);
    for (int i = 0; i < 100_000; i++) {
      long n =
          switch (i % 4) {
            case 0 -> i;
            case 1 -> -i;
            case 2 -> random.nextInt();
            default -> random.nextLong() >> random.nextInt(64);
          };
      assertEquals(String.format(Locale.ROOT, "%,d", n), Text.grouped(n));
    }
    for (long n : new long[] {0, 999, 1000, -1000, 100_000, Long.MAX_VALUE, Long.MIN_VALUE}) {
      assertEquals(String.format(Locale.ROOT, "%,d", n), Text.grouped(n));
    }
  }
}
