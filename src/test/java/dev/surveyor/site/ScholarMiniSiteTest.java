package dev.surveyor.site;

import static dev.surveyor.support.MiniSite.ABSTRACT_TAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.support.Bib;
import dev.surveyor.support.MiniSite;
import dev.surveyor.support.Run;
import dev.surveyor.support.SiteCheck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jbibtex.BibTeXEntry;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Citations and metadata for inputs the seed listings lack: arXiv links, hostile titles, key
 * collisions.
 */
class ScholarMiniSiteTest {
  private static final String BASE = "https://example.org/~me/s_1/";
  private static final String HOSTILE = "</script><script>alert(1)</script> {Braces} & 100% _under";

  @TempDir static Path dir;
  private static SiteCheck site;
  private static Map<String, Document> byTitle;

  @BeforeAll
  static void build() {
    MiniSite mini =
        new MiniSite(dir)
            .file("survey.md", "---\ntitle: Tiny & Survey\nlisting_year: 2025\n---\nIntro.\n")
            .file(
                "themes/scaling.md",
                "---\nname: Scaling\norder: 1\nrules:\n  threshold: 3\n  cues:\n    scaling: 3\n---\nScaling.\n")
            .file(
                "sources/listing.txt",
                "Daily Papers\n\n"
                    + "Scaling Laws for Tiny Models\n\n"
                    + "We fit scaling laws, see https://arxiv.org/abs/2401.01234v2 for the paper."
                    + ABSTRACT_TAIL
                    + "\n\n"
                    + "  • 3 authors\n·\nMar 4, 2024 12\n\n"
                    + "Scaling Laws of Huge Models\n\n"
                    + "We fit scaling laws again, code at https://github.com/x/huge."
                    + ABSTRACT_TAIL
                    + "\n\n"
                    + "  • 1 author\n·\nMar 5, 2024 3\n\n"
                    + HOSTILE
                    + "\n\n"
                    + "We study prompts <b>without</b> training."
                    + ABSTRACT_TAIL
                    + "\n\n"
                    + "  • 2 authors\n·\nMar 26\n");
    Run run = Run.of(mini.buildArgs("--base-url", BASE));
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("distinct papers 3"), run.out());
    site = new SiteCheck(mini.out());
    byTitle = new TreeMap<>();
    for (String page : site.pages()) {
      if (page.startsWith("papers/")) {
        byTitle.put(site.page(page).selectFirst("h1").text(), site.page(page));
      }
    }
  }

  private static BibTeXEntry shown(String title) {
    return Bib.parse(byTitle.get(title).selectFirst("pre#bibtex").text()).get(0);
  }

  @Test
  void anArxivLinkBecomesEprintUrlAndScholarPdfLink() throws Exception {
    BibTeXEntry entry = shown("Scaling Laws for Tiny Models");
    assertEquals("scaling2024laws", entry.getKey().getValue());
    assertEquals("2401.01234", Bib.raw(entry, "eprint"));
    assertEquals("arXiv", Bib.raw(entry, "archiveprefix"));
    assertEquals("https://arxiv.org/abs/2401.01234", Bib.raw(entry, "url"));
    Document page = byTitle.get("Scaling Laws for Tiny Models");
    assertEquals(
        "https://arxiv.org/pdf/2401.01234",
        page.selectFirst("meta[name=citation_pdf_url]").attr("content"));
    assertEquals(
        "https://arxiv.org/abs/2401.01234",
        page.selectFirst("meta[name=citation_abstract_html_url]").attr("content"));
    JsonNode ld =
        new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
    assertEquals("https://arxiv.org/abs/2401.01234", ld.get("sameAs").asText());
    assertEquals("2401.01234", ld.at("/identifier/value").asText());
    // the paper's own page is said to be one; the rest are searches for its title
    assertEquals(
        "Read it on arXiv 2401.01234; search for its title on Google Scholar · Semantic Scholar",
        page.selectFirst(".find").text());
    assertEquals("https://arxiv.org/abs/2401.01234", page.selectFirst(".find a").attr("href"));
  }

  @Test
  void aLinkThatIsNotArxivIsNotCitedAsThePaper() {
    BibTeXEntry entry = shown("Scaling Laws of Huge Models");
    assertEquals(
        "scaling2024lawsb", entry.getKey().getValue(), "collides with the tiny models' key");
    assertNull(Bib.raw(entry, "url"));
    assertNull(Bib.raw(entry, "eprint"));
    assertTrue(
        byTitle.get("Scaling Laws of Huge Models").select("meta[name=citation_pdf_url]").isEmpty());
  }

  @Test
  void aHostileTitleStaysTextInBibTexMetaAndJsonLd() throws Exception {
    Document page = byTitle.get(HOSTILE);
    BibTeXEntry entry = Bib.parse(page.selectFirst("pre#bibtex").text()).get(0);
    assertEquals(HOSTILE, Bib.printed(entry, "title"));
    assertEquals(HOSTILE, page.selectFirst("meta[name=citation_title]").attr("content"));
    String json = page.selectFirst("script[type=application/ld+json]").data();
    assertFalse(json.contains("</"), json);
    assertFalse(json.contains("<"), json);
    assertEquals(HOSTILE, new ObjectMapper().readTree(json).get("name").asText());
    assertEquals(
        List.of("", "../assets/print.js", "../assets/copy.js"),
        page.select("script").stream().map(s -> s.attr("src")).toList(),
        "only the JSON-LD and the site's print and copy scripts");
  }

  @Test
  void anAssumedYearIsNeitherCitedNorPublished() {
    Document page = byTitle.get(HOSTILE);
    BibTeXEntry entry = Bib.parse(page.selectFirst("pre#bibtex").text()).get(0);
    assertNull(Bib.raw(entry, "year"));
    assertNull(Bib.raw(entry, "month"));
    assertTrue(page.select("meta[name=citation_publication_date]").isEmpty());
    assertTrue(
        page.selectFirst(".cite .note")
            .text()
            .contains(
                "The listing printed “Mar 26” without a year; the site dates it 26 Mar 2025*, its"
                    + " year the capture year, which the entry leaves out."),
        page.selectFirst(".cite .note").text());
  }

  @Test
  void theNoteCarriesThePageUrlWithItsSpecialCharactersEscaped() throws Exception {
    BibTeXEntry entry = shown("Scaling Laws of Huge Models");
    String path = byTitle.get("Scaling Laws of Huge Models").location();
    assertEquals("Listed in Tiny & Survey: " + BASE + path, Bib.printed(entry, "note"));
    String bib = Files.readString(dir.resolve("site/survey.bib"), StandardCharsets.UTF_8);
    assertTrue(
        bib.contains("Listed in Tiny \\& Survey: https://example.org/\\textasciitilde{}me/s\\_1/"),
        bib);
    assertEquals(3, Bib.parse(bib).size());
    assertEquals(2, Bib.parse(Files.readString(dir.resolve("site/themes/scaling.bib"))).size());
  }

  @Test
  void hostingFilesAreWellFormedWithAnOddBaseUrl() throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (String file : List.of("sitemap.xml", "feed.xml", "opensearch.xml")) {
      factory.newDocumentBuilder().parse(dir.resolve("site").resolve(file).toFile());
    }
    String feed = Files.readString(dir.resolve("site/feed.xml"), StandardCharsets.UTF_8);
    assertTrue(
        feed.contains(
            "<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; {Braces} &amp; 100% _under</title>"),
        feed);
    assertTrue(feed.contains("<title>Tiny &amp; Survey</title>"), feed);
  }
}
