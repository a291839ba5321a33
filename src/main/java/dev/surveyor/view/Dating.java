package dev.surveyor.view;

import dev.surveyor.model.ListingDate;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.text.Text;
import java.util.Comparator;
import java.util.List;

/** How dated the survey is, said where dates are discussed: Methodology, and recent papers. */
final class Dating {
  private Dating() {}

  /**
   * From the content (never the clock, so builds stay identical): "88 of the 469 papers have a
   * date, 49 of them with the year assumed from the capture (marked *); the newest is dated 11 Nov
   * 2025*." The share is said first: the newest date alone read as a dated corpus where four in
   * five papers have none. Null when no paper has a date.
   */
  static String line(Survey survey) {
    List<Paper> dated =
        survey.papers().stream().filter(p -> p.date() != null && p.date().iso() != null).toList();
    if (dated.isEmpty()) {
      return null;
    }
    Paper newest =
        dated.stream()
            .max(Comparator.comparing((Paper p) -> p.date().iso()).thenComparing(Paper::slug))
            .orElseThrow();
    long assumed = dated.stream().filter(p -> p.date().yearAssumed()).count();
    int all = survey.papers().size();
    return Text.grouped(dated.size())
        + (dated.size() == all ? " papers" : " of the " + Text.grouped(all) + " papers")
        + (dated.size() == 1 ? " has a date" : " have a date")
        + (assumed == 0
            ? ""
            : ", "
                + Text.grouped(assumed)
                + " of them"
                + " with the year assumed from the capture (marked "
                + ListingDate.ASSUMED_MARK
                + ")")
        + "; the newest is dated "
        + newest.date().shown()
        + ".";
  }
}
