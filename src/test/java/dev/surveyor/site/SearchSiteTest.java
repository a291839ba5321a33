package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.support.RealBuild;
import dev.surveyor.support.SiteCheck;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search index, the search page and the list controls of the real survey, read as files. */
class SearchSiteTest {
  private static final Pattern SCRIPT =
      Pattern.compile("(?s)/\\*[^*]*\\*/\nwindow\\.SURVEYOR_SEARCH = (\\{.*\\});\n");

  private static Path out;
  private static SiteCheck site;
  private static JsonNode index;
  private static JsonNode papers;

  @BeforeAll
  static void build() throws Exception {
    out = RealBuild.out();
    site = new SiteCheck(out);
    index = readIndex(out.resolve("assets/search-index.js"));
    papers = new ObjectMapper().readTree(out.resolve("data/papers.json").toFile());
  }

  /** The JSON inside the script, which must be exactly one assignment to the global. */
  static JsonNode readIndex(Path script) throws Exception {
    String text = Files.readString(script, StandardCharsets.UTF_8);
    var m = SCRIPT.matcher(text);
    assertTrue(m.matches(), "search-index.js is one comment and one assignment");
    for (char c : text.toCharArray()) {
      assertTrue(c < 128, "the index is ASCII, whatever charset a host serves it with");
    }
    return new ObjectMapper().readTree(m.group(1));
  }

  @Test
  void indexHoldsEveryPaperWithItsTextThemesAndFacts() {
    assertEquals(469, index.get("papers").size());
    Map<String, JsonNode> byHref = new HashMap<>();
    index.get("papers").forEach(d -> byHref.put(d.get("href").asText(), d));
    assertEquals(469, byHref.size(), "one document per paper page");
    for (JsonNode paper : papers) {
      JsonNode doc = byHref.get(paper.get("url").asText());
      assertTrue(doc != null, "no search document for " + paper.get("url"));
      assertEquals(paper.get("title").asText(), doc.get("title").asText());
      assertEquals(paper.get("abstract").asText(), doc.get("abstractText").asText());
      assertEquals(texts(paper.get("themes")), texts(doc.get("themes")));
      String date = paper.get("date").isNull() ? null : paper.get("date").asText();
      assertEquals(
          date == null ? null : Integer.valueOf(date.substring(0, 4)),
          doc.has("year") ? doc.get("year").asInt() : null,
          "year of " + paper.get("slug"));
      assertEquals(
          paper.get("upvotes").isNull() ? null : paper.get("upvotes").asInt(),
          doc.has("upvotes") ? doc.get("upvotes").asInt() : null);
      assertTrue(Files.isRegularFile(out.resolve(doc.get("href").asText())));
    }
  }

  /** The strings of a JSON array; an array the compact index left out is empty. */
  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> texts.add(n.asText()));
    }
    return texts;
  }

  @Test
  void indexCarriesTheEntitiesEachPaperMentionsByTheirNames() {
    List<String> known = site.page("entities.html").select("main a").eachText();
    int papersWithEntities = 0;
    for (JsonNode doc : index.get("papers")) {
      List<String> names = texts(doc.get("entities"));
      assertTrue(known.containsAll(names), "unknown entity in " + names);
      papersWithEntities += names.isEmpty() ? 0 : 1;
    }
    assertTrue(papersWithEntities > 100, "papers with entities: " + papersWithEntities);
  }

  @Test
  void indexNamesEveryThemeAndOtherWithPagesThatExist() {
    List<String> slugs = new ArrayList<>();
    for (JsonNode theme : index.get("themes")) {
      slugs.add(theme.get("slug").asText());
      assertTrue(Files.isRegularFile(out.resolve(theme.get("href").asText())), theme.toString());
    }
    assertEquals(List.of("reasoning", "instruction-tuning", "curriculum", "peft", "other"), slugs);
  }

  @Test
  void lunrShipsWithItsLicence() throws Exception {
    String lunr = Files.readString(out.resolve("assets/lunr.min.js"), StandardCharsets.UTF_8);
    assertTrue(lunr.startsWith("/*! lunr 2.3.9, MIT licence:"), lunr.substring(0, 60));
    assertTrue(lunr.contains("Permission is hereby granted, free of charge"));
    assertTrue(lunr.contains(".version=\"2.3.9\""), "the library itself follows");
  }

  @Test
  void searchPageWithoutScriptsStillLeadsToEveryList() {
    Document search = site.page("search.html");
    assertFalse(search.select("noscript").isEmpty());
    List<String> browse = search.select(".browse-list a").eachAttr("href");
    assertEquals(
        List.of(
            "themes/reasoning.html",
            "themes/instruction-tuning.html",
            "themes/curriculum.html",
            "themes/peft.html",
            "themes/other.html",
            "papers.html"),
        browse);
    assertEquals(
        List.of(
            "assets/lunr.min.js",
            "assets/search-index.js",
            "assets/query-state.js",
            "assets/search.js"),
        search.select("script").eachAttr("src"));
    for (Element script : search.select("script")) {
      assertTrue(script.hasAttr("defer") && script.data().isEmpty(), "scripts are files, deferred");
    }
    assertEquals(6, search.select("#search-theme option").size(), "all, four themes, other");
    assertTrue(
        search.select("#search-year option").eachAttr("value").contains("none"),
        "papers without a year can be chosen, not dropped");
  }

  @Test
  void everyPageButSearchHasAHeaderSearchFormThatReachesTheSearchPage() {
    for (String path : site.pages()) {
      Document page = site.page(path);
      if (path.equals("search.html")) {
        assertTrue(page.select("form.site-search").isEmpty(), "the page's own form suffices");
        continue;
      }
      Element form = page.selectFirst("header form.site-search[role=search][method=get]");
      assertTrue(form != null, "no header search in " + path);
      if (!path.equals("404.html")) { // written for the root, served at any depth
        URI target = URI.create("file:///site/" + path).resolve(form.attr("action"));
        assertEquals("/site/search.html", target.getPath(), path);
      }
      Element input = form.selectFirst("input[name=q]");
      assertTrue(
          input != null && form.selectFirst("label[for=" + input.id() + "]") != null,
          "the search box is labelled in " + path);
    }
  }

  @Test
  void themeAndListPagesOfferYearsThatCountEveryPaper() {
    for (String path : List.of("papers.html", "themes/reasoning.html", "themes/other.html")) {
      Document page = site.page(path);
      Element form = page.selectFirst("form.list-controls");
      assertTrue(form != null && form.hasAttr("hidden"), "controls wait for their script: " + path);
      Element list = page.getElementById(form.attr("data-list"));
      int items = list.select("li.paper-item").size();
      if (path.equals("papers.html")) {
        assertEquals(469, items);
      }
      Map<String, Integer> byYear = new TreeMap<>();
      for (Element li : list.select("li.paper-item")) {
        byYear.merge(li.hasAttr("data-year") ? li.attr("data-year") : "none", 1, Integer::sum);
      }
      int counted = 0;
      for (Element option : form.select("select[name=year] option")) {
        if (option.val().isEmpty()) {
          continue;
        }
        int n = Integer.parseInt(option.text().replaceAll(".*\\((\\d+)\\)$", "$1"));
        assertEquals(byYear.get(option.val()), n, path + " " + option.text());
        counted += n;
      }
      assertEquals(items, counted, "every paper of " + path + " is in one year choice");
      for (Element control : form.select("input, select")) {
        assertTrue(
            form.selectFirst("label[for=" + control.id() + "]") != null, "labelled: " + control);
      }
    }
  }
}
