package dev.surveyor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.surveyor.link.Urls;
import dev.surveyor.view.Views.PageLink;
import dev.surveyor.view.Views.Pager;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingTest {
  private static final List<Integer> ITEMS = IntStream.range(0, 12_500).boxed().toList();

  @Test
  void aListThatFitsOnePageHasNoPager() {
    assertEquals(1, Paging.count(0));
    assertEquals(1, Paging.count(Paging.SIZE));
    assertNull(Paging.pager(Urls.ALL_PAPERS, 1, Paging.SIZE));
    assertEquals(2, Paging.count(Paging.SIZE + 1));
  }

  @Test
  void pagesCutTheListIntoConsecutivePiecesAndTheLastTakesTheRest() {
    assertEquals(13, Paging.count(ITEMS.size()));
    assertEquals(ITEMS.subList(0, 1000), Paging.page(ITEMS, 1));
    assertEquals(ITEMS.subList(4000, 5000), Paging.page(ITEMS, 5));
    assertEquals(ITEMS.subList(12000, 12500), Paging.page(ITEMS, 13));
  }

  @Test
  void laterPagesSitBesideTheFirstWithTheirNumber() {
    assertEquals("papers.html", Urls.paged(Urls.ALL_PAPERS, 1));
    assertEquals("papers-12.html", Urls.paged(Urls.ALL_PAPERS, 12));
    assertEquals(
        "overlaps/peft.reasoning-2.html", Urls.paged(Urls.overlap("reasoning", "peft"), 2));
  }

  @Test
  void aMiddlePageLinksTheEndsItsNeighboursAndMarksTheGaps() {
    Pager pager = Paging.pager(Urls.ALL_PAPERS, 6, ITEMS.size());
    assertEquals("5,001–6,000 of 12,500", pager.range());
    assertEquals("papers-5.html", pager.previous());
    assertEquals("papers-7.html", pager.next());
    assertEquals(List.of("1", "…", "4", "5", "6", "7", "8", "…", "13"), labels(pager));
    assertEquals(
        List.of("6"),
        pager.links().stream().filter(PageLink::current).map(PageLink::label).toList());
    assertNull(pager.links().get(1).href());
  }

  @Test
  void figuresDoNotDependOnTheMachinesLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY); // "1.000" there: a build must print the same everywhere
      assertEquals("5,001–6,000 of 12,500", Paging.pager(Urls.ALL_PAPERS, 6, ITEMS.size()).range());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aGapOfOnePageShowsThatPageInstead() {
    assertEquals(
        List.of("1", "2", "3", "4", "5", "6", "7", "…", "13"),
        labels(Paging.pager(Urls.ALL_PAPERS, 5, ITEMS.size())));
    assertEquals(
        List.of("1", "…", "7", "8", "9", "10", "11", "12", "13"),
        labels(Paging.pager(Urls.ALL_PAPERS, 9, ITEMS.size())));
  }

  @Test
  void theEndsHaveNoLinkPastThemAndLinksFromASubfolderClimbOut() {
    Pager first = Paging.pager(Urls.overlap("a", "b"), 1, 2_500);
    assertNull(first.previous());
    assertEquals("../overlaps/a.b-2.html", first.next());
    assertEquals(List.of("1", "2", "3"), labels(first));
    Pager last = Paging.pager(Urls.overlap("a", "b"), 3, 2_500);
    assertEquals("2,001–2,500 of 2,500", last.range());
    assertNull(last.next());
    assertEquals("../overlaps/a.b.html", last.links().get(0).href());
  }

  private static List<String> labels(Pager pager) {
    return pager.links().stream().map(PageLink::label).toList();
  }
}
