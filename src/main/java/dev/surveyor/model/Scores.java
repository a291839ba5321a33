package dev.surveyor.model;

import java.util.Locale;

/** How a rule score reads wherever it is shown: "8", "7.5", "8.75". */
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
    // Thresholds and sums of quarter weights ("8.75") are shown exactly, so that the points a
    // page lists add up to the score it shows.
    double hundredths = value * 100;
    if (hundredths == Math.rint(hundredths) && Math.abs(hundredths) < 1e15) {
      long h = Math.abs((long) hundredths);
      return (value < 0 ? "-" : "") + h / 100 + "." + (h % 100 < 10 ? "0" : "") + h % 100;
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
