package dev.surveyor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.bench.BenchContent;
import dev.surveyor.build.BuildOptions;
import dev.surveyor.build.SiteBuilder;
import dev.surveyor.support.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A survey of 2,000 papers (the real listings and synthetic ones in their layouts), where common
 * methods are named by hundreds of papers of one theme: their entity pages list the papers that
 * name them most, say how many there are, and send the reader to the search for the rest.
 */
class LargeEntityPageTest {
  @TempDir static Path dir;
  private static Path site;

  @BeforeAll
  static void build() throws Exception {
    Path listings = dir.resolve("listings");
    BenchContent.listings(Repo.content(), listings, 2_000, 7L);
    Path content = dir.resolve("content");
    BenchContent.synthetic(Repo.content(), listings, content);
    site = dir.resolve("site");
    SiteBuilder.build(new BuildOptions(content, Repo.root().resolve("templates"), site, null));
  }

  @Test
  void aThemeGroupListsAtMostTheCapAndCountsAndPointsToTheRest() throws Exception {
    List<Element> capped = new ArrayList<>();
    try (Stream<Path> pages = Files.list(site.resolve("entities"))) {
      for (Path page : pages.toList()) {
        Document doc = Jsoup.parse(page.toFile());
        for (Element group : doc.select("main section")) {
          int listed = group.select("li").size();
          int total = Integer.parseInt(group.selectFirst("h2 .count").text().replace(",", ""));
          assertTrue(listed <= EntityViews.LISTED_PER_GROUP, page + ": " + listed + " listed");
          if (total > listed) {
            assertEquals(EntityViews.LISTED_PER_GROUP, listed, page.toString());
            Element note = group.selectFirst("p.note");
            assertEquals(
                "These are the " + listed + " of " + group.selectFirst("h2 .count").text()
                    + " papers that name it most. Search for all of them.",
                note.text(),
                page.toString());
            String name = doc.selectFirst("h1").text();
            assertTrue(
                note.selectFirst("a").attr("href").startsWith("../search.html?q="), note.outerHtml());
            assertTrue(note.selectFirst("a").attr("href").length() > "../search.html?q=".length(), name);
            capped.add(group);
          } else {
            assertEquals(total, listed, page.toString());
          }
        }
      }
    }
    assertTrue(!capped.isEmpty(), "no entity page had a theme group over the cap: the test proves nothing");
  }
}
