package dev.surveyor.model;

import java.util.Locale;

/** How a rule score reads wherever it is shown: "8", "7.5". */
public final class Scores {
  private Scores() {}

  public static String display(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
  }
}
