package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.support.RealBuild;
import dev.surveyor.support.SiteCheck;
import java.nio.file.Files;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * What a fresh reader of the real site tripped over (review 6): each test reads the built pages and
 * files and fails if the fix is undone.
 */
class ReaderReviewSiteTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The data file says what the pages say: no abstract links through a captured mirror host. */
  @Test
  void theDataFileCarriesTheAbstractsAsThePagesShowThem() throws Exception {
    SiteCheck site = RealBuild.site();
    String data = Files.readString(RealBuild.out().resolve("data/papers.json"));
    assertFalse(data.contains("workers.dev"), "a mirror host in data/papers.json");
    assertFalse(data.contains("hf-2025.pages.dev"), "a mirror host in data/papers.json");
    int checked = 0;
    for (JsonNode paper : JSON.readTree(data)) {
      Document page = site.page(paper.get("url").asText());
      assertEquals(
          page.selectFirst("p.abstract").text(),
          paper.get("abstract").asText().strip().replaceAll("\\s+", " "),
          paper.get("slug").asText());
      checked++;
    }
    assertEquals(469, checked);
  }

  /**
   * A mention count reads as a count, never as part of a model's name: "Gemma ×3" read as Gemma 3.
   */
  @Test
  void mentionCountsCannotReadAsVersionNames() {
    SiteCheck site = RealBuild.site();
    Document gemmaroc =
        site.page("papers/gemmaroc-unlocking-darija-proficiency-in-llms-with-minimal.html");
    assertTrue(
        gemmaroc.select(".entity-chips .chip").eachText().contains("Gemma · 3 mentions"),
        gemmaroc.select(".entity-chips .chip").eachText().toString());
    int counted = 0;
    for (String path : site.pages()) {
      if (!path.startsWith("papers/")) {
        continue;
      }
      for (var chip : site.page(path).select(".entity-chips .chip")) {
        assertFalse(chip.text().matches(".*[×x]\\s*\\d+$"), path + ": " + chip.text());
        var count = chip.selectFirst(".n");
        if (count != null) {
          assertTrue(count.text().matches("· \\d+ mentions"), path + ": " + chip.text());
          counted++;
        }
      }
    }
    assertTrue(counted >= 60, "chips with a count: " + counted);
  }
}
