package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.support.RealBuild;
import dev.surveyor.support.SiteCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cross-links and structure of the real survey: entities, related papers, sub-topics, overlaps,
 * map.
 */
class StructureSiteTest {
  private static SiteCheck site;
  private static Map<String, Set<String>> themesOf;

  @BeforeAll
  static void read() throws Exception {
    site = RealBuild.site();
    themesOf = new HashMap<>();
    for (JsonNode p :
        new ObjectMapper().readTree(RealBuild.out().resolve("data/papers.json").toFile())) {
      Set<String> themes = new HashSet<>();
      p.get("themes").forEach(t -> themes.add(t.asText()));
      themesOf.put(p.get("url").asText(), themes);
    }
  }

  private static List<String> paperPages() {
    return site.pages().stream().filter(p -> p.startsWith("papers/")).toList();
  }

  /** A link on {@code page} resolved to a site path. */
  private static String target(String page, Element a) {
    return java.net
        .URI
        .create("https://x/" + page)
        .resolve(a.attr("href"))
        .getPath()
        .substring(1)
        .replaceAll("#.*", "");
  }

  @Test
  void everyPaperHasRelatedPapersWithReasons() {
    for (String page : paperPages()) {
      Document doc = site.page(page);
      List<Element> related = doc.select("ol.related > li");
      assertEquals(5, related.size(), page);
      Set<String> targets = new HashSet<>();
      for (Element li : related) {
        String to = target(page, li.selectFirst("a"));
        assertFalse(to.equals(page), page + " is related to itself");
        assertTrue(site.pages().contains(to), to);
        targets.add(to);
        assertTrue(li.select(".shared").text().matches("shares: .+"), page + ": " + li.text());
        // what most papers of this survey share says little about a pair: said only when nothing
        // rarer is shared
        List<String> reasons =
            List.of(li.select(".shared").text().substring("shares: ".length()).split(", "));
        for (String common :
            List.of("fine", "LLMs", "models", "data", "language", "large", "reasoning", "tuning")) {
          assertFalse(reasons.size() > 1 && reasons.contains(common), page + ": " + li.text());
        }
      }
      assertEquals(5, targets.size(), page + " lists a related paper twice");
    }
  }

  @Test
  void entityPagesAndPaperPagesLinkBothWays() {
    List<String> entities = site.pages().stream().filter(p -> p.startsWith("entities/")).toList();
    assertTrue(entities.size() >= 80, "entity pages: " + entities.size());
    for (String entity : entities) {
      List<Element> papers = site.page(entity).select(".paper-title a");
      assertFalse(papers.isEmpty(), entity + " lists no paper");
      for (Element a : papers) {
        String paper = target(entity, a);
        Set<String> back = new HashSet<>();
        site.page(paper).select(".entity-chips a").forEach(link -> back.add(target(paper, link)));
        assertTrue(back.contains(entity), paper + " does not link back to " + entity);
      }
    }
    Document index = site.page("entities.html");
    Set<String> indexed = new TreeSet<>();
    index.select(".entity-list a").forEach(a -> indexed.add(target("entities.html", a)));
    assertEquals(new TreeSet<>(entities), indexed, "the index lists every entity page");
  }

  @Test
  void caseSensitiveEntitiesAreNotFoundInOrdinaryWords() {
    Document math = site.page("entities/math.html");
    for (Element a : math.select(".paper-title a")) {
      String paper = target("entities/math.html", a);
      String text = site.page(paper).select("h1, .abstract").text();
      assertTrue(
          text.matches("(?s).*\\bMATH\\b.*"), paper + " is listed under MATH but never writes it");
    }
  }

  @Test
  void subTopicsPartitionEachThemeAndKeepCuratedNames() {
    for (String theme : List.of("reasoning", "instruction-tuning", "curriculum")) {
      String page = "themes/" + theme + ".html";
      Document doc = site.page(page);
      List<Element> sections = doc.select("section.subtopic");
      assertTrue(sections.size() >= 2, page + " has sub-topics");
      List<String> listed = new ArrayList<>();
      doc.select("section.subtopic .paper-title a").forEach(a -> listed.add(target(page, a)));
      Set<String> members = new TreeSet<>();
      themesOf.forEach(
          (paper, themes) -> {
            if (themes.contains(theme)) {
              members.add(paper);
            }
          });
      assertEquals(members.size(), listed.size(), page + ": each paper in exactly one sub-topic");
      assertEquals(members, new TreeSet<>(listed));
      for (Element section : sections) {
        assertFalse(
            doc.select(".toc a[href=#" + section.id() + "]").isEmpty(),
            "contents link to " + section.id());
      }
    }
    assertTrue(
        site.page("themes/reasoning.html")
            .select("section.subtopic h3")
            .text()
            .contains("Reinforcement learning for reasoning"),
        "a pinned sub-topic keeps its curated name");
  }

  @Test
  void overlapChartCountsArePapersInBothThemes() {
    Document home = site.page("index.html");
    List<Element> bars = home.select(".overlap-chart a");
    assertFalse(bars.isEmpty());
    for (Element bar : bars) {
      String page = target("index.html", bar);
      String[] pair = page.replace("overlaps/", "").replace(".html", "").split("\\.");
      long expected =
          themesOf.values().stream()
              .filter(t -> t.contains(pair[0]) && t.contains(pair[1]))
              .count();
      assertEquals(expected, Long.parseLong(bar.select(".bar-count").text()), page);
      assertEquals(expected, site.page(page).select(".paper-title a").size(), page);
    }
  }

  @Test
  void theMapPlacesEveryPaperAndLinksIt() {
    Document map = site.page("map.html");
    Set<String> linked = new TreeSet<>();
    map.select("svg a").forEach(a -> linked.add(target("map.html", a)));
    assertEquals(new TreeSet<>(paperPages()), linked);
    for (Element circle : map.select("svg circle")) {
      double x = Double.parseDouble(circle.attr("cx"));
      double y = Double.parseDouble(circle.attr("cy"));
      assertTrue(x >= 0 && x <= 960 && y >= 0 && y <= 600, "inside the picture: " + x + "," + y);
    }
  }

  @Test
  void themePagesShowTermsEntitiesAndOverlaps() {
    Document curriculum = site.page("themes/curriculum.html");
    assertTrue(curriculum.select(".profile").text().contains("curriculum"));
    assertFalse(curriculum.select(".profile a[href^=../entities/]").isEmpty());
    assertFalse(curriculum.select(".profile a[href^=../overlaps/]").isEmpty());
  }

  @Test
  void countsBesideNamesSayWhatTheyCount() {
    // "Llama 3" followed by a bare 3 reads as a model name: every count says "papers"
    for (String page : List.of("themes/reasoning.html", "themes/curriculum.html")) {
      List<Element> chips = site.page(page).select(".profile a.chip");
      assertFalse(chips.isEmpty(), page);
      for (Element chip : chips) {
        assertTrue(chip.text().matches(".+ · [0-9,]+ papers?"), page + ": " + chip.text());
      }
    }
    for (Element count : site.page("entities.html").select("li > .count")) {
      assertTrue(count.text().matches("[0-9,]+ papers?"), count.text());
    }
  }
}
