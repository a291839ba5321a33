package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.support.MiniSite;
import dev.surveyor.support.Run;
import dev.surveyor.support.SiteCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a curator states about a paper in its note ({@code authors}, {@code url}, {@code arxiv},
 * {@code year}, {@code date}) reaches everything that cites it: the page's facts and its link to
 * the paper, the BibTeX entry, the JSON-LD, data/papers.json and the search results. The real
 * survey's notes state none (no source here names them), so the facts are a fixture's, written into
 * a copy of the real content; a paper with none keeps its title searches.
 */
class CuratedFactsSiteTest {
  private static final String ARXIV_PAPER =
      "a-closer-look-at-the-limitations-of-instruction-tuning";
  private static final String URL_PAPER = "a-b-b-a-triggering-logical-reasoning-failures-in-large";
  // a paper whose listing printed "Jul 10" without a year
  private static final String DATED_PAPER = "a-practical-two-stage-recipe-for-mathematical-llms";

  @TempDir static Path dir;
  private static SiteCheck site;
  private static Path out;

  @BeforeAll
  static void build() {
    MiniSite mini =
        MiniSite.realCopy(dir)
            .file(
                "papers/" + ARXIV_PAPER + ".md",
                """
                ---
                authors: [Fixture Author One, Fixture Author Two]
                arxiv: 2402.99999
                ---
                """)
            .file(
                "papers/" + URL_PAPER + ".md",
                """
                ---
                authors: [Fixture Author Three]
                url: https://example.org/papers/fixture
                year: 2024
                ---
                """)
            .file(
                "papers/" + DATED_PAPER + ".md",
                """
                ---
                date: 2025-07-09
                ---
                """);
    Run run = Run.of(mini.buildArgs());
    assertEquals(0, run.exitCode(), run.err());
    out = mini.out();
    site = new SiteCheck(out);
  }

  private static Document page(String slug) {
    return site.page("papers/" + slug + ".html");
  }

  private static String fact(Document page, String label) {
    return page.select(".facts > div").stream()
        .filter(d -> d.selectFirst("dt").text().equals(label))
        .map(d -> d.selectFirst("dd").text())
        .findFirst()
        .orElse(null);
  }

  @Test
  void thePageNamesTheAuthorsAndLinksThePaperItself() {
    Document arxiv = page(ARXIV_PAPER);
    assertEquals("Fixture Author One and Fixture Author Two", fact(arxiv, "Authors"));
    assertEquals("https://arxiv.org/abs/2402.99999", arxiv.selectFirst(".find a").attr("href"));
    assertTrue(arxiv.selectFirst(".find").text().startsWith("Read it on arXiv 2402.99999; search"));
    assertFalse(arxiv.selectFirst(".find").text().contains("arXiv ·"), "no arXiv title search");
    assertFalse(arxiv.selectFirst(".cite .note").text().contains("names the authors"));

    Document url = page(URL_PAPER);
    assertEquals("Fixture Author Three", fact(url, "Authors"));
    assertEquals("https://example.org/papers/fixture", url.selectFirst(".find a").attr("href"));
    assertTrue(url.selectFirst(".find").text().startsWith("Read it on example.org; search"));
    assertEquals("2024", fact(url, "Year"));

    // a curated date is a stated date: shown whole, with no mark of an assumed year
    assertEquals("9 Jul 2025", fact(page(DATED_PAPER), "Date"));
  }

  @Test
  void aPaperNobodyStatesFactsForKeepsItsTitleSearches() {
    Document other = page("a-dataset-for-statutory-reasoning-in-tax-law-entailment-and");
    assertEquals(
        "Search for its title on arXiv · Google Scholar · Semantic Scholar",
        other.selectFirst(".find").text());
    assertNull(fact(other, "Authors"));
  }

  @Test
  void bibtexAndJsonLdCiteThem() throws Exception {
    String entry = page(ARXIV_PAPER).selectFirst("pre.bibtex").text();
    assertTrue(entry.contains("author = {Fixture Author One and Fixture Author Two}"), entry);
    assertTrue(entry.contains("eprint = {2402.99999}"), entry);
    assertTrue(entry.contains("url = {https://arxiv.org/abs/2402.99999}"), entry);
    String other = page(URL_PAPER).selectFirst("pre.bibtex").text();
    assertTrue(other.contains("url = {https://example.org/papers/fixture}"), other);
    assertTrue(other.contains("year = {2024}"), other);
    String dated = page(DATED_PAPER).selectFirst("pre.bibtex").text();
    assertTrue(dated.contains("year = {2025}") && dated.contains("month = jul"), dated);
    String bib = Files.readString(out.resolve("survey.bib"));
    assertTrue(bib.contains("author = {Fixture Author One and Fixture Author Two}"));

    ObjectMapper json = new ObjectMapper();
    JsonNode ld =
        json.readTree(page(ARXIV_PAPER).selectFirst("script[type=application/ld+json]").data());
    assertEquals("Fixture Author Two", ld.get("author").get(1).get("name").asText());
    assertEquals("https://arxiv.org/abs/2402.99999", ld.get("sameAs").asText());
    JsonNode ld2 =
        json.readTree(page(URL_PAPER).selectFirst("script[type=application/ld+json]").data());
    assertEquals("https://example.org/papers/fixture", ld2.get("sameAs").asText());
  }

  @Test
  void theDataFileAndSearchCarryThem() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> bySlug = new HashMap<>();
    json.readTree(out.resolve("data/papers.json").toFile())
        .forEach(p -> bySlug.put(p.get("slug").asText(), p));
    JsonNode arxiv = bySlug.get(ARXIV_PAPER);
    assertEquals(
        List.of("Fixture Author One", "Fixture Author Two"),
        json.convertValue(arxiv.get("author_names"), List.class));
    assertEquals(
        "https://arxiv.org/abs/2402.99999", arxiv.get("named_links").get(0).get("url").asText());
    assertEquals(2024, bySlug.get(URL_PAPER).get("year").asInt());
    assertEquals("2025-07-09", bySlug.get(DATED_PAPER).get("date").asText());

    Map<String, String> authors = new HashMap<>();
    try (Stream<Path> pieces = Files.list(out.resolve("assets/search"))) {
      for (Path piece : pieces.filter(p -> p.getFileName().toString().startsWith("f-")).toList()) {
        String script = Files.readString(piece);
        String array = script.substring(script.indexOf("]=") + 2, script.lastIndexOf(']') + 1);
        for (JsonNode fragment : json.readTree(array)) {
          if (fragment.has("a")) {
            authors.put(fragment.get("h").asText(), fragment.get("a").asText());
          }
        }
      }
    }
    assertEquals(
        Map.of(
            "papers/" + ARXIV_PAPER + ".html",
            "Fixture Author One and Fixture Author Two",
            "papers/" + URL_PAPER + ".html",
            "Fixture Author Three"),
        authors);
  }
}
