package dev.surveyor.model;

import java.util.Locale;

/** How a rule score reads wherever it is shown: "8", "7.5". */
public final class Scores {
  private Scores() {}

  public static String display(double value) {
    if (value == Math.rint(value)) {
      return String.valueOf((long) value);
    }
    // Most scores are whole tenths (weights like 1.5 times a count); printing those by hand spares
    // a Formatter per score, which every paper page needs several of. Others keep the format.
    double tenths = value * 10;
    if (tenths == Math.rint(tenths) && Math.abs(tenths) < 1e15) {
      long t = Math.abs((long) tenths);
      return (value < 0 ? "-" : "") + t / 10 + "." + t % 10;
    }
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
