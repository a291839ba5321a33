package dev.surveyor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.surveyor.model.ListingDate;
import dev.surveyor.model.Paper;
import dev.surveyor.support.Papers;
import dev.surveyor.view.Views.ListControls;
import dev.surveyor.view.Views.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The year filter and the orders offered over a paper list. */
class FacetsTest {
  private static final List<Paper> PAPERS =
      List.of(
          Papers.dated("a", "A", "", "2024-05-01"),
          Papers.dated("b", "B", "", "2025-03-26"),
          Papers.paper("c", "C", ""),
          Papers.dated("d", "D", "", "2024-12-31"),
          withDate(Papers.paper("e", "E", ""), new ListingDate("Mar 26", 3, 26, null, false)));

  private static Paper withDate(Paper p, ListingDate date) {
    return new Paper(
        p.slug(),
        p.key(),
        p.title(),
        p.abstractText(),
        p.occurrences(),
        p.authorCount(),
        p.organization(),
        date,
        p.upvotes(),
        p.linkSpans(),
        p.details());
  }

  @Test
  void aPapersYearIsKnownOnlyWithItsWholeDate() {
    assertEquals(2025, Facets.year(PAPERS.get(1)));
    assertNull(Facets.year(PAPERS.get(2)), "no date");
    assertNull(Facets.year(PAPERS.get(4)), "a date printed without a year, none assumed");
    assertNull(
        Facets.year(withDate(PAPERS.get(0), new ListingDate("Feb 30", 2, 30, 2025, false))),
        "no such day");
  }

  @Test
  void yearsAreCountedNewestFirstAndThePapersWithoutOneLast() {
    assertEquals(
        List.of(
            new Option("2025", "2025 (1)"),
            new Option("2024", "2024 (2)"),
            new Option(Facets.NO_YEAR, "No date (2)")),
        Facets.years(PAPERS));
    assertEquals(
        List.of(new Option("2024", "2024 (1)")),
        Facets.years(List.of(PAPERS.get(0))),
        "no 'No date' choice when every paper has a year");
  }

  @Test
  void aListIsOfferedItsOwnOrderFirstAndTitleOrderOnlyWhenItIsNotInIt() {
    ListControls byDate = Facets.controls(PAPERS, "Newest first (as listed)", false);
    assertEquals(Facets.LIST_ID, byDate.list());
    assertEquals(
        List.of("", "title", "newest", "oldest"),
        byDate.sorts().stream().map(Option::value).toList(),
        "no paper has upvotes: no order by them");
    assertEquals("Newest first (as listed)", byDate.sorts().get(0).label());
    assertEquals(Facets.years(PAPERS), byDate.years());

    ListControls byTitle = Facets.controls(PAPERS, "Title A–Z", true);
    assertEquals(
        List.of("", "newest", "oldest"), byTitle.sorts().stream().map(Option::value).toList());
  }

  @Test
  void upvotesAndYearsAreOfferedOnlyWhenHalfTheListCarriesThem() {
    List<Paper> half =
        List.of(
            withUpvotes(PAPERS.get(0), 3),
            withUpvotes(PAPERS.get(2), 1),
            PAPERS.get(3),
            PAPERS.get(4));
    ListControls some = Facets.controls(half, "Title A–Z", true);
    assertEquals(
        List.of("", "newest", "oldest", "upvotes"),
        some.sorts().stream().map(Option::value).toList(),
        "2 of 4 have upvotes");
    assertEquals(Facets.years(half), some.years(), "2 of 4 have a year");

    List<Paper> few = List.of(withUpvotes(PAPERS.get(0), 3), PAPERS.get(2), PAPERS.get(4));
    ListControls thin = Facets.controls(few, "Title A–Z", true);
    assertEquals(
        List.of("", "newest", "oldest"),
        thin.sorts().stream().map(Option::value).toList(),
        "1 of 3 has upvotes");
    assertEquals(List.of(), thin.years(), "1 of 3 has a year: no year control");
  }

  private static Paper withUpvotes(Paper p, int upvotes) {
    return new Paper(
        p.slug(),
        p.key(),
        p.title(),
        p.abstractText(),
        p.occurrences(),
        p.authorCount(),
        p.organization(),
        p.date(),
        upvotes,
        p.linkSpans(),
        p.details());
  }
}
