package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.analyze.PaperSummary;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.ContentReader;
import dev.surveyor.model.Paper;
import dev.surveyor.model.PaperNote;
import dev.surveyor.model.Survey;
import dev.surveyor.support.RealBuild;
import dev.surveyor.support.RealSurvey;
import dev.surveyor.support.Repo;
import dev.surveyor.support.SiteCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A curator's {@code summary:} in a paper's note is the paper's list summary: every list that shows
 * the paper (home, theme, all papers, entity and overlap pages) and the search results show it
 * instead of the sentence chosen from the abstract, and the paper page says it is the curator's. A
 * fresh reader found one list summary in seven that did not say what the paper does.
 */
class CuratedSummarySiteTest {
  /** The curated summaries of the repository's notes, by paper slug, as the notes give them. */
  private static Map<String, String> curated() throws Exception {
    Map<String, String> summaries = new TreeMap<>();
    for (PaperNote note : new ContentReader(Repo.content(), new Diagnostics()).read().notes()) {
      if (note.curatesSummary()) {
        summaries.put(note.slug(), note.summary());
      }
    }
    return summaries;
  }

  /** The kind of page a path is, as a reader meets it. */
  private static String kind(String path) {
    if (path.equals("index.html")) {
      return "home";
    }
    if (path.startsWith("papers") && !path.contains("/")) {
      return "all papers";
    }
    return path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
  }

  @Test
  void everyListShowsTheCuratorsSummaryInsteadOfTheChosenSentence() throws Exception {
    Map<String, String> curated = curated();
    assertTrue(curated.size() >= 16, curated.keySet().toString());
    // each replaces a sentence the analysis would have chosen: the replacement is real
    Survey survey = RealSurvey.analysed();
    for (Map.Entry<String, String> e : curated.entrySet()) {
      Paper paper = survey.paper(e.getKey());
      assertNotEquals(PaperSummary.of(paper.abstractText()), e.getValue(), e.getKey());
      assertEquals(e.getValue(), survey.analysisOf(paper).summary(), e.getKey());
    }

    SiteCheck site = RealBuild.site();
    Map<String, Set<String>> shownOn = new TreeMap<>(); // kind of page → curated papers it lists
    for (String path : site.pages()) {
      for (Element item : site.page(path).select("li.paper-item")) {
        String href = item.selectFirst(".paper-title a").attr("href");
        String slug = href.substring(href.lastIndexOf('/') + 1, href.length() - ".html".length());
        if (curated.containsKey(slug)) {
          assertEquals(curated.get(slug), item.selectFirst(".paper-summary").text(), path);
          shownOn.computeIfAbsent(kind(path), k -> new TreeSet<>()).add(slug);
        }
      }
    }
    assertEquals(
        Set.of("all papers", "entities", "home", "overlaps", "themes"),
        shownOn.keySet(),
        shownOn.toString());
    // every curated paper is in some theme's or the Other page's list
    assertEquals(curated.keySet(), shownOn.get("themes"));
  }

  @Test
  void searchResultsShowTheCuratorsSummary() throws Exception {
    Map<String, String> curated = curated();
    Map<String, String> shown = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> pieces = Files.list(RealBuild.out().resolve("assets/search"))) {
      for (Path piece : pieces.filter(p -> p.getFileName().toString().startsWith("f-")).toList()) {
        // self.SURVEYOR_SEARCH["f-0"]=[{...},...]; — the fragments are the JSON array
        String script = Files.readString(piece);
        String array = script.substring(script.indexOf("]=") + 2, script.lastIndexOf(']') + 1);
        for (JsonNode fragment : json.readTree(array)) {
          String href = fragment.get("h").asText();
          String slug = href.substring(href.lastIndexOf('/') + 1, href.length() - ".html".length());
          if (curated.containsKey(slug)) {
            shown.put(slug, fragment.get("s").asText());
          }
        }
      }
    }
    assertEquals(curated, shown);
  }

  @Test
  void thePaperPageSaysTheListSummaryIsTheCurators() throws Exception {
    SiteCheck site = RealBuild.site();
    for (Map.Entry<String, String> e : curated().entrySet()) {
      Document page = site.page("papers/" + e.getKey() + ".html");
      // the lede is the summary, unlabelled (review 9); whose it is is said in the note's section
      assertEquals(e.getValue(), page.selectFirst(".page-header .paper-lede").text(), e.getKey());
      assertEquals(
          "The one-line summary under the title was written by the survey's curators, not taken"
              + " from the abstract; lists of papers show it too.",
          page.selectFirst(".curator-note .curated-summary").text(),
          e.getKey());
      // the page's description, which search engines show, is the same summary
      assertEquals(e.getValue(), page.selectFirst("meta[name=description]").attr("content"));
    }
    // a paper whose lists show the chosen sentence has no such line
    assertNull(
        site.page("papers/chain-of-lora-efficient-fine-tuning-of-language-models-via.html")
            .selectFirst(".curated-summary"));
  }
}
