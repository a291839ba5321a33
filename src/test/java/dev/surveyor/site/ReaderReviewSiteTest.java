package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
