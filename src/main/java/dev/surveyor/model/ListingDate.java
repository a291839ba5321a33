package dev.surveyor.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A date as a listing printed it ("Mar 26", "Mar 4, 2024"), with the year resolved when known.
 *
 * @param printed the text exactly as in the source
 * @param year the year printed, or the capture year when none was printed; null when unknown
 * @param yearPrinted whether the year came from the listing itself
 */
public record ListingDate(String printed, int month, int day, Integer year, boolean yearPrinted) {

  public ListingDate {
    Objects.requireNonNull(printed, "printed");
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      throw new IllegalArgumentException("not a date: " + printed);
    }
  }

  /** The same date with a year assumed for it, when it printed none. */
  public ListingDate assumingYear(Integer captureYear) {
    if (year != null || captureYear == null) {
      return this;
    }
    return new ListingDate(printed, month, day, captureYear, false);
  }

  public Optional<LocalDate> toLocalDate() {
    if (year == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** ISO date when the year is known, else null: only such dates sort. */
  public String iso() {
    return toLocalDate().map(LocalDate::toString).orElse(null);
  }

  /**
   * The mark after a year assumed from the capture year ("26 Mar 2025*"), the same on every page;
   * the footer says what it means.
   */
  public static final String ASSUMED_MARK = "*";

  /**
   * How a reader sees it, in lists, search and on the paper page alike: "26 Mar 2025" when the
   * listing printed the year, "26 Mar 2025*" when the year is only assumed from the capture year
   * (one treatment everywhere, the assumption marked), as printed when the year is unknown.
   */
  public String shown() {
    return yearAssumed() ? display() + ASSUMED_MARK : display();
  }

  /** Whether the year is the capture year, assumed because the listing printed none. */
  public boolean yearAssumed() {
    return year != null && !yearPrinted;
  }

  /**
   * The {@code datetime} of an HTML {@code <time>} for {@link #shown()}: the ISO date when the
   * listing printed the year; null otherwise (an assumed year is not published as a date, even to
   * machines).
   */
  public String machine() {
    return yearPrinted ? iso() : null;
  }

  /** How a reader sees it: "26 Mar 2025", or as printed when the year is unknown. */
  public String display() {
    String monthName = Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    return year == null ? printed : day + " " + monthName + " " + year;
  }
}
