package dev.surveyor.support;

import dev.surveyor.model.ListingDate;
import dev.surveyor.model.Occurrence;
import dev.surveyor.model.Paper;
import dev.surveyor.model.PaperDetails;
import dev.surveyor.model.Provenance;
import dev.surveyor.text.LinkExtractor;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Papers written inline by unit tests: a title, an abstract and, when it matters, a date; each with
 * the links found in its abstract, as the reader gives them.
 */
public final class Papers {
  private Papers() {}

  /**
   * Papers written as paragraphs: the first line of each is the title, the rest its abstract. Slugs
   * are "p0", "p1", ... in order.
   */
  public static List<Paper> of(String paragraphs) {
    List<Paper> papers = new ArrayList<>();
    for (String paragraph : paragraphs.strip().split("\n\\s*\n")) {
      String[] lines = paragraph.strip().split("\n", 2);
      papers.add(paper("p" + papers.size(), lines[0], lines.length > 1 ? lines[1] : ""));
    }
    return List.copyOf(papers);
  }

  /** An undated paper, as listed on line 1 of {@code sources/a.txt}. */
  public static Paper paper(String slug, String title, String abstractText) {
    return dated(slug, title, abstractText, null);
  }

  /** A paper listed with an ISO date ("2025-03-26"), or none when {@code iso} is null. */
  public static Paper dated(String slug, String title, String abstractText, String iso) {
    return listed(slug, title, abstractText, iso, true);
  }

  /**
   * A paper whose listing printed day and month only ("Mar 26"), its year assumed from the capture
   * year: the year of {@code iso}.
   */
  public static Paper datedWithoutYear(String slug, String title, String abstractText, String iso) {
    return listed(slug, title, abstractText, iso, false);
  }

  private static Paper listed(
      String slug, String title, String abstractText, String iso, boolean yearPrinted) {
    ListingDate date = null;
    if (iso != null) {
      LocalDate day = LocalDate.parse(iso);
      date =
          new ListingDate(
              day.format(
                  DateTimeFormatter.ofPattern(
                      yearPrinted ? "MMM d, yyyy" : "MMM d", Locale.ENGLISH)),
              day.getMonthValue(),
              day.getDayOfMonth(),
              day.getYear(),
              yearPrinted);
    }
    Occurrence seen =
        new Occurrence(
            new Provenance("sources/a.txt", 1), 2, title, abstractText, null, null, date, null);
    return new Paper(
        slug,
        slug,
        title,
        abstractText,
        List.of(seen),
        null,
        null,
        date,
        null,
        LinkExtractor.find(abstractText), // the links as the reader finds them (PaperMerger)
        PaperDetails.none());
  }
}
