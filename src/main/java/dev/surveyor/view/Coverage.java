package dev.surveyor.view;

import dev.surveyor.model.Paper;
import dev.surveyor.model.Recency;
import java.util.List;
import java.util.function.Predicate;

/**
 * The one rule for what a field of the papers may give a page (a sort, a filter, a section, a word
 * in a description): at least half of the papers the page is about carry it. A field only a few
 * carry ranks or narrows those few, not the list, and says more about the capture than the survey.
 */
final class Coverage {
  private Coverage() {}

  /** Whether at least half of {@code papers} (and at least one) carry the field. */
  static boolean enough(List<Paper> papers, Predicate<Paper> carries) {
    long carrying = papers.stream().filter(carries).count();
    return carrying > 0 && carrying * 2 >= papers.size();
  }

  /** A whole date whose year the listing printed, not one assumed from the capture year. */
  static boolean printedDate(Paper paper) {
    return Recency.dated(paper) && paper.date().yearPrinted();
  }

  /** A year to filter by: a whole date, its year printed or assumed (as the filter shows it). */
  static boolean year(Paper paper) {
    return Facets.year(paper) != null;
  }

  static boolean upvotes(Paper paper) {
    return paper.upvotes() != null;
  }
}
