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
  private static final Pattern PIECE =
      Pattern.compile(
          "\\(self\\.SURVEYOR_SEARCH\\|\\|\\(self\\.SURVEYOR_SEARCH=\\{\\}\\)\\)\\[\"([a-z0-9_-]+)\"\\]=(.*);\n",
          Pattern.DOTALL);

  private static Path out;
  private static SiteCheck site;
  private static JsonNode manifest;
  private static JsonNode papers;

  @BeforeAll
  static void build() throws Exception {
    out = RealBuild.out();
    site = new SiteCheck(out);
    manifest = readPiece(out.resolve("assets/search/index.js"), "index");
    papers = new ObjectMapper().readTree(out.resolve("data/papers.json").toFile());
  }

  /** The JSON of one piece of the index, a script that is exactly one assignment to the global. */
  static JsonNode readPiece(Path script, String name) throws Exception {
    String text = Files.readString(script, StandardCharsets.UTF_8);
    var m = PIECE.matcher(text);
    assertTrue(m.matches(), script + " is one assignment to the global");
    assertEquals(name, m.group(1), script.toString());
    for (char c : text.toCharArray()) {
      assertTrue(c < 128, "the index is ASCII, whatever charset a host serves it with");
    }
    return new ObjectMapper().readTree(m.group(2));
  }

  @Test
  void fragmentsShowEveryPaperAsItsPageAndListsNumberItAlike() throws Exception {
    assertEquals(469, manifest.get("papers").asInt());
    int size = manifest.get("bundle").asInt();
    List<JsonNode> fragments = new ArrayList<>();
    for (int b = 0; b * size < 469; b++) {
      readPiece(out.resolve("assets/search/f-" + b + ".js"), "f-" + b).forEach(fragments::add);
    }
    assertEquals(469, fragments.size());
    Map<String, Integer> number = new HashMap<>();
    for (int i = 0; i < fragments.size(); i++) {
      number.put(fragments.get(i).get("h").asText(), i);
    }
    for (JsonNode paper : papers) {
      Integer i = number.get(paper.get("url").asText());
      assertTrue(i != null, "no fragment for " + paper.get("url"));
      JsonNode fragment = fragments.get(i);
      assertEquals(paper.get("title").asText(), fragment.get("t").asText());
      assertEquals(texts(paper.get("themes")), texts(fragment.get("m")));
      assertEquals(
          paper.get("upvotes").isNull() ? null : paper.get("upvotes").asInt(),
          fragment.has("u") ? fragment.get("u").asInt() : null);
      assertTrue(Files.isRegularFile(out.resolve(fragment.get("h").asText())));
    }
    // A list's filter keeps the papers search found by these numbers.
    for (Element li : site.page("papers.html").select("li.paper-item")) {
      String href = li.selectFirst(".paper-title a").attr("href");
      assertEquals(number.get(href), Integer.valueOf(li.attr("data-paper")), href);
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
  void everyShardNamedByTheManifestExistsAndNoOtherDoes() throws Exception {
    List<String> named = new ArrayList<>();
    for (JsonNode key : manifest.get("shards")) {
      String name = dev.surveyor.render.SearchIndexScript.shardName(key.asText());
      named.add(name + ".js");
      assertEquals(
          key.asText(),
          readPiece(out.resolve("assets/search/" + name + ".js"), name).get("key").asText());
    }
    List<String> onDisk;
    try (var files = Files.list(out.resolve("assets/search"))) {
      onDisk =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.startsWith("s-"))
              .sorted()
              .toList();
    }
    assertEquals(named.stream().sorted().toList(), onDisk);
    assertFalse(Files.exists(out.resolve("assets/lunr.min.js")), "lunr is gone");
    assertFalse(Files.exists(out.resolve("assets/search-index.js")), "no single index");
  }

  @Test
  void indexNamesEveryThemeAndOtherWithPagesThatExist() {
    List<String> slugs = new ArrayList<>();
    for (JsonNode theme : manifest.get("themes")) {
      slugs.add(theme.get("slug").asText());
      assertTrue(Files.isRegularFile(out.resolve(theme.get("href").asText())), theme.toString());
    }
    assertEquals(List.of("reasoning", "instruction-tuning", "curriculum", "peft", "other"), slugs);
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
            "assets/search-core.js",
            "assets/search/index.js",
            "assets/query-state.js",
            "assets/search.js"),
        search.select("script").eachAttr("src"));
    for (Element script : search.select("script")) {
      assertTrue(script.hasAttr("defer") && script.data().isEmpty(), "scripts are files, deferred");
    }
    assertEquals(6, search.select("#search-theme option").size(), "all, four themes, other");
    assertTrue(
        search.select("#search-year").isEmpty(), "88 of 469 papers dated: no year to filter by");
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
  void themeAndListPagesOfferYearsOnlyWhenHalfAreDatedAndThenCountEveryPaper() {
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
      if (form.selectFirst("select[name=year]") == null) {
        // too few dated papers to filter by (88 of 469 in this survey)
        assertTrue(byYear.getOrDefault("none", 0) * 2 > items, path + " " + byYear);
      } else {
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
      }
      for (Element control : form.select("input, select")) {
        assertTrue(
            form.selectFirst("label[for=" + control.id() + "]") != null, "labelled: " + control);
      }
    }
  }
}
