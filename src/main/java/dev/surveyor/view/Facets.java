package dev.surveyor.view;

import dev.surveyor.model.Paper;
import dev.surveyor.view.Views.ListControls;
import dev.surveyor.view.Views.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** What lists and search let a reader narrow by (year) and order by (title, date, upvotes). */
final class Facets {
  /** The value of the year choice for papers whose year is not known. */
  static final String NO_YEAR = "none";

  /** The id of the paper list that controls act on; one such list per page. */
  static final String LIST_ID = "papers";

  private Facets() {}

  /** The paper's year when its full date is known, else null: the same dates that sort. */
  static Integer year(Paper paper) {
    return paper.date() == null
        ? null
        : paper.date().toLocalDate().map(LocalDate::getYear).orElse(null);
  }

  /** Years with their paper counts, newest first, then the papers without a year, counted. */
  static List<Option> years(List<Paper> papers) {
    Map<Integer, Integer> counts = new TreeMap<>(Comparator.reverseOrder());
    int undated = 0;
    for (Paper paper : papers) {
      Integer year = year(paper);
      if (year == null) {
        undated++;
      } else {
        counts.merge(year, 1, Integer::sum);
      }
    }
    List<Option> options = new ArrayList<>();
    counts.forEach(
        (year, n) -> options.add(new Option(String.valueOf(year), year + " (" + n + ")")));
    if (undated > 0) {
      options.add(new Option(NO_YEAR, "No date (" + undated + ")"));
    }
    return options;
  }

  /**
   * Controls for a list whose HTML order is {@code htmlOrder}; a list already in title order is not
   * offered title order twice. Upvotes and years are offered only where {@link Coverage} finds
   * enough of the list's papers carry them.
   */
  static ListControls controls(List<Paper> papers, String htmlOrder, boolean titleOrder) {
    List<Option> sorts = new ArrayList<>();
    sorts.add(new Option("", Objects.requireNonNull(htmlOrder, "htmlOrder")));
    if (!titleOrder) {
      sorts.add(new Option("title", "Title A–Z"));
    }
    sorts.add(new Option("newest", "Newest first"));
    sorts.add(new Option("oldest", "Oldest first"));
    if (Coverage.enough(papers, Coverage::upvotes)) {
      sorts.add(new Option("upvotes", "Most upvoted"));
    }
    List<Option> years = Coverage.enough(papers, Coverage::year) ? years(papers) : List.of();
    return new ListControls(LIST_ID, sorts, years, List.of(), null, null);
  }
}
