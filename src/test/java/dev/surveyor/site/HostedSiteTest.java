package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.support.Bib;
import dev.surveyor.support.Repo;
import dev.surveyor.support.Run;
import dev.surveyor.support.SiteCheck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jbibtex.BibTeXEntry;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * The real survey built with a base URL, as the Pages workflow builds it: citations, Scholar
 * metadata, sitemap, feed, robots.txt, and OpenSearch, each read back with a real parser and
 * checked against the papers the build exported.
 */
class HostedSiteTest {
  private static final String BASE = "https://example.org/survey/";
  private static final Pattern PRINTED_YEAR = Pattern.compile("\\d{4}");
  // The mirror hosts the captures link through (text.MirrorHosts maps them back).
  private static final Pattern MIRROR =
      Pattern.compile("(?i)hf-mirror\\.|workers\\.dev|hf-\\d+\\.pages\\.dev");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static Path out;
  private static SiteCheck site;
  private static Map<String, JsonNode> papers; // by page path
  private static Map<String, String> keyToPage;
  private static Map<String, BibTeXEntry> shown; // the entry each paper page shows

  @BeforeAll
  static void build() throws Exception {
    out = dir.resolve("site");
    Run run =
        Run.of(
            "build",
            "--content",
            Repo.content().toString(),
            "--templates",
            Repo.templates().toString(),
            "--out",
            out.toString(),
            "--base-url",
            BASE);
    assertEquals(0, run.exitCode(), run.err());
    site = new SiteCheck(out);
    papers = new HashMap<>();
    for (JsonNode p : JSON.readTree(out.resolve("data/papers.json").toFile())) {
      papers.put(p.get("url").asText(), p);
    }
    keyToPage = new HashMap<>();
    shown = new HashMap<>();
    for (String page : papers.keySet()) {
      List<BibTeXEntry> entries = Bib.parse(site.page(page).selectFirst("pre#bibtex").text());
      assertEquals(1, entries.size(), page);
      BibTeXEntry entry = entries.get(0);
      shown.put(page, entry);
      assertNull(keyToPage.put(entry.getKey().getValue(), page), "key used twice");
    }
  }

  private static String read(String path) throws Exception {
    return Files.readString(out.resolve(path), StandardCharsets.UTF_8);
  }

  private static org.w3c.dom.Document xml(String path) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(out.resolve(path).toFile());
  }

  private static List<String> texts(org.w3c.dom.Document doc, String namespace, String tag) {
    NodeList nodes = doc.getElementsByTagNameNS(namespace, tag);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  /** The page an absolute URL of the site names. */
  private static String page(String url) {
    assertTrue(url.startsWith(BASE), url);
    String path = url.substring(BASE.length());
    return path.isEmpty() ? "index.html" : path;
  }

  @Test
  void everyBibFileParsesWithUniqueKeysAndTheTitlesOfItsPapers() throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(out)) {
      files = walk.filter(p -> p.toString().endsWith(".bib")).sorted().toList();
    }
    assertEquals(6, files.size(), "survey.bib, four themes and Other");
    for (Path file : files) {
      String name = out.relativize(file).toString();
      List<BibTeXEntry> entries = Bib.parse(Files.readString(file, StandardCharsets.UTF_8));
      assertEquals(Set.of(), Bib.duplicateKeys(entries), name);
      for (BibTeXEntry entry : entries) {
        String page = keyToPage.get(entry.getKey().getValue());
        assertNotNull(page, name + ": a key no paper page shows: " + entry.getKey().getValue());
        String title = papers.get(page).get("title").asText();
        assertEquals(Bib.typeset(title), Bib.printed(entry, "title"), name);
        // only the page: a listing's count of authors is not cited (issue 22)
        assertEquals(
            "Listed in Fine-Tuning LLMs — a Survey: " + BASE + page,
            Bib.printed(entry, "note"),
            name);
      }
      Set<String> listed = new TreeSet<>();
      entries.forEach(e -> listed.add(keyToPage.get(e.getKey().getValue())));
      assertEquals(expectedPages(name), listed, name);
    }
  }

  /** The papers a .bib file must hold: all of them, or those a theme page lists. */
  private static Set<String> expectedPages(String bib) {
    if (bib.equals("survey.bib")) {
      return new TreeSet<>(papers.keySet());
    }
    Set<String> pages = new TreeSet<>();
    Document theme = site.page(bib.replace(".bib", ".html"));
    theme.select(".paper-title a").forEach(a -> pages.add(a.attr("href").replace("../", "")));
    return pages;
  }

  @Test
  void entriesCarryAYearOnlyWhereAListingPrintedOne() {
    int withYear = 0;
    for (Map.Entry<String, String> e : keyToPage.entrySet()) {
      JsonNode paper = papers.get(e.getValue());
      BibTeXEntry entry = shown.get(e.getValue());
      assertEquals(Bib.typeset(paper.get("title").asText()), Bib.printed(entry, "title"));
      String printed = paper.get("date_printed").isNull() ? "" : paper.get("date_printed").asText();
      var year = PRINTED_YEAR.matcher(printed);
      if (year.find()) {
        withYear++;
        assertEquals(year.group(), Bib.raw(entry, "year"), e.getKey());
      } else {
        assertNull(Bib.raw(entry, "year"), e.getKey() + " printed " + printed);
      }
      assertNull(Bib.raw(entry, "author"), "the listings name no authors");
    }
    assertEquals(39, withYear, "papers whose listing date printed a year");
  }

  @Test
  void aPaperPageCarriesScholarOpenGraphAndJsonLd() throws Exception {
    String path = "papers/masked-thought-simply-masking-partial-reasoning-steps-can.html";
    Document page = site.page(path);
    String title = papers.get(path).get("title").asText();
    assertEquals(title, page.selectFirst("meta[name=citation_title]").attr("content"));
    assertEquals(
        "2024/03/04", page.selectFirst("meta[name=citation_publication_date]").attr("content"));
    assertTrue(
        page.select("meta[name=citation_author]").isEmpty(), "the listing gives a count only");
    // and the page shows no count that reads like names
    assertFalse(page.select("dl.facts").text().contains("authors"), page.select("dl.facts").text());
    assertTrue(
        page.select("meta[name=citation_pdf_url]").isEmpty(), "no arXiv link in its abstract");
    assertEquals(BASE + path, page.selectFirst("link[rel=canonical]").attr("href"));
    assertEquals(BASE + path, page.selectFirst("meta[property=og:url]").attr("content"));
    assertEquals("article", page.selectFirst("meta[property=og:type]").attr("content"));
    JsonNode ld = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
    assertEquals("ScholarlyArticle", ld.get("@type").asText());
    assertEquals(title, ld.get("name").asText());
    assertEquals("2024-03-04", ld.get("datePublished").asText());
    assertEquals(BASE + path, ld.get("url").asText());
    assertTrue(
        page.selectFirst(".cite .note")
            .text()
            .contains("No source names the authors, so the entry has no author field."));
    assertFalse(page.selectFirst(".cite .note").text().contains("9 authors"));
    BibTeXEntry entry = Bib.parse(page.selectFirst("pre#bibtex").text()).get(0);
    assertNull(Bib.raw(entry, "author"));
    assertEquals(
        "Listed in Fine-Tuning LLMs — a Survey: " + BASE + path, Bib.printed(entry, "note"));
  }

  @Test
  void everyPaperPageHasJsonLdForItsOwnTitleAndNoDateItDidNotPrint() throws Exception {
    for (Map.Entry<String, JsonNode> e : papers.entrySet()) {
      Document page = site.page(e.getKey());
      Element script = page.selectFirst("script[type=application/ld+json]");
      assertFalse(script.data().contains("</"), e.getKey());
      JsonNode ld = JSON.readTree(script.data());
      assertEquals("ScholarlyArticle", ld.get("@type").asText());
      assertEquals(e.getValue().get("title").asText(), ld.get("name").asText());
      boolean printedYear =
          !e.getValue().get("date_printed").isNull()
              && PRINTED_YEAR.matcher(e.getValue().get("date_printed").asText()).find();
      assertEquals(printedYear, ld.has("datePublished"), e.getKey());
      assertEquals(printedYear, !page.select("meta[name=citation_publication_date]").isEmpty());
    }
  }

  @Test
  void noPagesJsonLdLinksThroughAMirrorHostTheCaptureUsed() throws Exception {
    // The captured abstracts of two papers link through hf-mirror….workers.dev and
    // hf-2025.pages.dev; their pages show huggingface.co, and so must what machines read.
    List<String> mirrored = new ArrayList<>();
    int capturedThroughMirror = 0;
    // data/papers.json says what the pages say; the capture's mirror links are the curators' list
    for (JsonNode leftover :
        JSON.readTree(out.resolve("data/curation.json").toFile()).get("captureLeftovers")) {
      capturedThroughMirror += MIRROR.matcher(leftover.get("excerpt").asText()).find() ? 1 : 0;
    }
    for (Map.Entry<String, JsonNode> e : papers.entrySet()) {
      assertFalse(MIRROR.matcher(e.getValue().get("abstract").asText()).find(), e.getKey());
      Document page = site.page(e.getKey());
      String ld = page.selectFirst("script[type=application/ld+json]").data();
      if (MIRROR.matcher(ld).find()) {
        mirrored.add(e.getKey());
      }
      String shown = page.select(".abstract a[href*=huggingface.co]").text();
      for (String word : shown.split("\\s+")) {
        if (!word.isEmpty()) {
          assertTrue(
              JSON.readTree(ld).get("abstract").asText().contains(word),
              e.getKey() + ": the visible link " + word + " is in the JSON-LD abstract");
        }
      }
    }
    assertTrue(capturedThroughMirror >= 2, "captured through a mirror: " + capturedThroughMirror);
    assertEquals(List.of(), mirrored);
  }

  @Test
  void sitemapListsEveryPageButThe404AndNothingElse() throws Exception {
    List<String> locs =
        texts(xml("sitemap.xml"), "http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
    Set<String> listed = new TreeSet<>();
    for (String loc : locs) {
      assertTrue(listed.add(page(loc)), "listed twice: " + loc);
    }
    Set<String> pages = new TreeSet<>(site.pages());
    pages.remove("404.html");
    assertEquals(pages, listed);
    assertTrue(locs.contains(BASE), "the home page is the base URL itself");
  }

  @Test
  void feedHasTheNewestDatedPapersWithWorkingLinks() throws Exception {
    String atom = "http://www.w3.org/2005/Atom";
    org.w3c.dom.Document feed = xml("feed.xml");
    NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
    long dated = papers.values().stream().filter(p -> !p.get("date").isNull()).count();
    assertEquals(Math.min(30, dated), entries.getLength(), "feed_size defaults to 30");
    String previous = "9999";
    int withoutYear = 0;
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < entries.getLength(); i++) {
      org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
      String href =
          ((org.w3c.dom.Element) entry.getElementsByTagNameNS(atom, "link").item(0))
              .getAttribute("href");
      String path = page(href);
      assertTrue(site.pages().contains(path), href);
      JsonNode paper = papers.get(path);
      assertEquals(
          paper.get("title").asText(),
          entry.getElementsByTagNameNS(atom, "title").item(0).getTextContent());
      String date = paper.get("date").asText();
      assertTrue(date.compareTo(previous) <= 0, "newest first");
      previous = date;
      assertTrue(ids.add(entry.getElementsByTagNameNS(atom, "id").item(0).getTextContent()));
      // A day of its own only where the listing printed the year; else the feed's date.
      String updated = entry.getElementsByTagNameNS(atom, "updated").item(0).getTextContent();
      NodeList published = entry.getElementsByTagNameNS(atom, "published");
      if (PRINTED_YEAR.matcher(paper.get("date_printed").asText()).find()) {
        assertEquals(date + "T00:00:00Z", published.item(0).getTextContent(), path);
        assertEquals(date + "T00:00:00Z", updated, path);
      } else {
        assertEquals(0, published.getLength(), path);
        assertEquals(texts(feed, atom, "updated").get(0), updated, path);
        withoutYear++;
      }
      String summary = entry.getElementsByTagNameNS(atom, "summary").item(0).getTextContent();
      assertFalse(MIRROR.matcher(summary).find(), path + ": " + summary);
    }
    // This survey's newest papers were all listed without a year (the capture year's dates).
    assertEquals(entries.getLength(), withoutYear);
    String feedUpdated = texts(feed, atom, "updated").get(0);
    String newest =
        papers.values().stream()
            .filter(p -> !p.get("date").isNull())
            .map(p -> p.get("date").asText())
            .max(String::compareTo)
            .orElseThrow();
    assertEquals(newest + "T00:00:00Z", feedUpdated);
    for (String page : List.of("index.html", "themes/peft.html")) {
      assertEquals(
          BASE + "feed.xml",
          site.page(page)
              .selectFirst("link[rel=alternate][type=application/atom+xml]")
              .attr("href"));
    }
  }

  @Test
  void robotsNamesTheSitemapAndOpenSearchPointsAtTheSearchPage() throws Exception {
    assertEquals(
        "User-agent: *\nDisallow:\n\nSitemap: " + BASE + "sitemap.xml\n", read("robots.txt"));
    org.w3c.dom.Document os = xml("opensearch.xml");
    String ns = "http://a9.com/-/spec/opensearch/1.1/";
    String shortName = texts(os, ns, "ShortName").get(0);
    assertEquals("Fine-Tuning LLMs", shortName);
    org.w3c.dom.Element url = (org.w3c.dom.Element) os.getElementsByTagNameNS(ns, "Url").item(0);
    assertEquals(BASE + "search.html?q={searchTerms}", url.getAttribute("template"));
    assertEquals(
        BASE + "opensearch.xml",
        site.page("index.html").selectFirst("link[rel=search]").attr("href"));
  }

  @Test
  void everyPageHasItsCanonicalUrl() {
    for (String path : site.pages()) {
      String expected = path.equals("index.html") ? BASE : BASE + path;
      assertEquals(expected, site.page(path).selectFirst("link[rel=canonical]").attr("href"), path);
    }
  }

  @Test
  void the404PageLinksToRealFilesFromAnyDepthThroughItsBase() {
    Document notFound = site.page("404.html");
    String base = notFound.selectFirst("head > base").attr("href");
    assertEquals(BASE, base);
    // A host shows 404.html for /survey/papers/x/missing.html too: as a browser does, every
    // link and the style sheet resolve against the base, not that address, to a file of the site.
    java.net.URI shownAt = java.net.URI.create("https://example.org/survey/papers/x/missing.html");
    List<String> targets = new ArrayList<>();
    notFound
        .select("a[href], link[rel=stylesheet], link[rel=icon]")
        .forEach(e -> targets.add(shownAt.resolve(base).resolve(e.attr("href")).toString()));
    // the footer links the website the listings came from: another site's page
    targets.removeIf(url -> !url.startsWith(BASE) && !url.startsWith(base));
    assertTrue(targets.size() > 10, "links: " + targets);
    for (String url : targets) {
      String path = page(url.replaceAll("#.*", ""));
      assertTrue(Files.isRegularFile(out.resolve(path)), url);
    }
    assertFalse(site.page("index.html").html().contains("<base"), "only the 404 page has a base");
  }

  @Test
  void withoutABaseUrlThe404PageHasNoBase() throws Exception {
    assertFalse(Files.readString(Repo.site().resolve("404.html")).contains("<base"));
  }

  @Test
  void withoutABaseUrlTheCommittedSiteHasNoAbsoluteUrlFiles() throws Exception {
    Path committed = Repo.site();
    for (String file : List.of("sitemap.xml", "feed.xml", "opensearch.xml")) {
      assertFalse(Files.exists(committed.resolve(file)), file);
    }
    assertEquals("User-agent: *\nDisallow:\n", Files.readString(committed.resolve("robots.txt")));
    assertTrue(Files.exists(committed.resolve("404.html")));
    assertTrue(Files.exists(committed.resolve("assets/favicon.svg")));
    String survey = Files.readString(committed.resolve("survey.bib"), StandardCharsets.UTF_8);
    List<BibTeXEntry> entries = Bib.parse(survey);
    assertEquals(469, entries.size());
    assertTrue(
        entries.stream()
            .allMatch(e -> Bib.raw(e, "note") == null || !Bib.raw(e, "note").contains("Listed in")),
        "no page URL to cite");
  }

  @Test
  void aPrintedPaperPageGivesItsAbsoluteAddress() {
    // review 9: printed, "page papers/corda-….html" led nowhere; with the site's address known,
    // the printout names the page's full address, the canonical link's
    for (String page : papers.keySet()) {
      var doc = site.page(page);
      String canonical = doc.selectFirst("link[rel=canonical]").attr("href");
      assertEquals(BASE + page, canonical);
      assertTrue(
          doc.selectFirst("p.page-address").text().endsWith(": " + canonical),
          doc.selectFirst("p.page-address").text());
    }
  }
}
