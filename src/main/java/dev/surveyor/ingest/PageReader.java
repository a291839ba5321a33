package dev.surveyor.ingest;

import dev.surveyor.ingest.CuratedFiles.Curated;
import dev.surveyor.model.ExtraPage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code pages/*.md}, the extra pages (About, Methodology): a title and place in the
 * navigation, and the body. Pages come sorted by order, then slug.
 */
final class PageReader {
  static final String FOLDER = "pages";

  /** Front matter of an extra page. */
  record PageFront(String title, Integer order) {}

  private final CuratedFiles curated;

  PageReader(CuratedFiles curated) {
    this.curated = curated;
  }

  List<ExtraPage> read(EarlierRead earlier) {
    List<ExtraPage> pages = new ArrayList<>();
    Set<String> kept = new HashSet<>();
    if (earlier.previous() != null) {
      for (ExtraPage page : earlier.previous().pages()) {
        if (earlier.applies(page.body().start().file())) {
          pages.add(page);
          kept.add(page.body().start().file());
        }
      }
    }
    for (Curated<PageFront> c : curated.read(FOLDER, PageFront.class, kept::contains)) {
      PageFront front = c.front();
      String title = front.title() == null || front.title().isBlank() ? c.slug() : front.title();
      pages.add(
          new ExtraPage(c.slug(), title, front.order() == null ? 100 : front.order(), c.body()));
    }
    pages.sort(Comparator.comparingInt(ExtraPage::order).thenComparing(ExtraPage::slug));
    return pages;
  }
}
