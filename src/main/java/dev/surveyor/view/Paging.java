package dev.surveyor.view;

import dev.surveyor.link.Urls;
import dev.surveyor.text.Text;
import dev.surveyor.view.Views.PageLink;
import dev.surveyor.view.Views.Pager;
import java.util.ArrayList;
import java.util.List;

/**
 * Long lists of papers split into numbered pages, and the links between them. A survey of a few
 * hundred papers keeps each list on one page, where the browser can filter and sort it whole; at
 * tens of thousands a single page would weigh tens of megabytes and no reader scrolls it.
 */
final class Paging {
  /**
   * At most this many papers in a group inside a page (a sub-topic of a theme, a theme on an
   * entity's page), the first in the page's order: a method named by most of a 100,000-paper survey
   * made an entity page of 50 MB. The search finds the rest.
   */
  static final int GROUP = 200;

  /** Papers per page of a flat list (all papers, the papers two themes share). */
  static final int SIZE = 1000;

  /** Page links shown on each side of the current one, besides the first and the last. */
  private static final int AROUND = 2;

  private Paging() {}

  /** How many pages {@code items} papers fill; an empty list still has its one page. */
  static int count(int items) {
    return Math.max(1, (items + SIZE - 1) / SIZE);
  }

  /** The first papers of a group, at most {@link #GROUP}. */
  static <T> List<T> group(List<T> members) {
    return members.subList(0, Math.min(members.size(), GROUP));
  }

  /** The papers of page {@code number} (from 1). */
  static <T> List<T> page(List<T> all, int number) {
    int from = Math.min(all.size(), (number - 1) * SIZE);
    return all.subList(from, Math.min(all.size(), from + SIZE));
  }

  /**
   * The links of page {@code number} of a list of {@code items} papers whose first page is {@code
   * first}; null when the list fits on one page.
   */
  static Pager pager(String first, int number, int items) {
    int count = count(items);
    if (count == 1) {
      return null;
    }
    String path = Urls.paged(first, number);
    List<PageLink> links = new ArrayList<>();
    int shown = 0;
    for (int n = 1; n <= count; n++) {
      boolean near = n == 1 || n == count || Math.abs(n - number) <= AROUND;
      // A gap of a single page shows the page itself: "…" would take the same room.
      boolean lone = Math.abs(n - number) == AROUND + 1 && (n == 2 || n == count - 1);
      if (near || lone) {
        if (n > shown + 1) {
          links.add(new PageLink("…", null, false)); // the pages skipped, as a gap
        }
        links.add(
            new PageLink(
                String.valueOf(n), Urls.relative(path, Urls.paged(first, n)), n == number));
        shown = n;
      }
    }
    int firstItem = (number - 1) * SIZE + 1;
    int lastItem = Math.min(items, number * SIZE);
    return new Pager(
        number,
        count,
        Text.grouped(firstItem) + "–" + Text.grouped(lastItem) + " of " + Text.grouped(items),
        number > 1 ? Urls.relative(path, Urls.paged(first, number - 1)) : null,
        number < count ? Urls.relative(path, Urls.paged(first, number + 1)) : null,
        links);
  }
}
