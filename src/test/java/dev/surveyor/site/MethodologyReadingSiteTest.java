package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.support.RealBuild;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, item 9's reader found Methodology dense: paragraphs of up to 192 words, figures in
 * running prose. It reads in short paragraphs and list items, its figures in tables, and it says
 * what the listings do not give, counted as the listings are.
 */
class MethodologyReadingSiteTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A paragraph or list item a researcher takes in at once; the page's longest was 192. */
  private static final int MOST_WORDS = 90;

  private final Document page = RealBuild.site().page("methodology.html");

  @Test
  void everyParagraphAndListItemIsShort() {
    List<String> long_ = new ArrayList<>();
    for (Element block : page.select("main p, main li")) {
      Element own = block.clone();
      own.select("ul, ol").remove(); // a nested list's items are counted on their own
      int words = own.text().split("\\s+").length;
      if (words > MOST_WORDS) {
        long_.add(words + ": " + own.text().substring(0, 60));
      }
    }
    assertEquals(List.of(), long_);
  }

  @Test
  void itsFiguresStandInTables() {
    List<String> captions = new ArrayList<>();
    for (Element table : page.select("main table")) {
      captions.add(table.selectFirst("thead th").text() + " / " + table.select("tbody tr").size());
    }
    assertEquals(List.of("Listing / 5", "Theme / 4", "Labelled by two annotators / 2"), captions);
    assertEquals(
        List.of("Older papers 240 0.92 to 0.98", "Recent papers 300 0.90 to 1.00"),
        page.select("main table").get(2).select("tbody tr").eachText());
  }

  @Test
  void itSaysWhatTheListingsDoNotGiveAndWhyTheFirstListingsDateIsNoPapersDate() throws Exception {
    String text = page.selectFirst("main").text();
    assertTrue(
        text.contains(
            "No listing names the authors or gives an arXiv identifier or a link to the paper"),
        text);
    // the figure is the papers of the first listing that carry a date, from the published data
    int dated = 0;
    for (JsonNode paper : JSON.readTree(RealBuild.out().resolve("data/papers.json").toFile())) {
      boolean inFirst = false;
      for (JsonNode s : paper.get("sources")) {
        inFirst |= s.get("file").asText().startsWith("sources/000_");
      }
      dated += inFirst && !paper.get("date").isNull() ? 1 : 0;
    }
    assertEquals(30, dated);
    assertTrue(
        text.contains(
            dated
                + " papers of the first listing are dated in the second, and none of them on"
                + " Jul 3."),
        text);
  }
}
