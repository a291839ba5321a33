package dev.surveyor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.model.ExtraPage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pages/*.md: title and order, sorted; the site's own page names refused. */
class PageReaderTest {
  @TempDir Path dir;

  private List<ExtraPage> read(ContentFolder folder) {
    return new PageReader(folder.curated).read(EarlierRead.NONE);
  }

  @Test
  void pagesInOrderWithTheSlugForAMissingTitle() {
    ContentFolder folder =
        new ContentFolder(dir)
            .file("pages/about.md", "---\norder: 2\n---\nWho we are.\n")
            .file("pages/method.md", "---\ntitle: Method\norder: 1\n---\nHow.\n");
    List<ExtraPage> pages = read(folder);
    assertEquals(List.of(), folder.reported());
    assertEquals(List.of("Method", "about"), pages.stream().map(ExtraPage::title).toList());
    assertEquals(4, pages.get(1).body().start().line());
  }

  @Test
  void namesTheSiteHasAreRefused() {
    ContentFolder folder =
        new ContentFolder(dir)
            .file("pages/papers-2.md", "---\ntitle: Two\n---\n")
            .file("pages/search.md", "---\ntitle: Search\n---\n")
            .file("pages/About.md", "---\ntitle: About\n---\n");
    assertEquals(List.of(), read(folder));
    assertEquals(
        List.of(
            "pages/About.md: error: file name must be a slug (lowercase letters, digits,"
                + " hyphens): About.md",
            "pages/papers-2.md: error: 'papers-2' is reserved for a page the site always has",
            "pages/search.md: error: 'search' is reserved for a page the site always has"),
        folder.reported());
  }

  @Test
  void frontMatterNeverClosedIsReportedAtTheFirstLine() {
    ContentFolder folder = new ContentFolder(dir).file("pages/about.md", "---\ntitle: About\n");
    assertEquals(List.of(), read(folder));
    assertEquals(
        List.of("pages/about.md:1:1: error: front matter opened with '---' is never closed"),
        folder.reported());
  }
}
