package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.support.RealBuild;
import dev.surveyor.support.Repo;
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
  void relatedPapersAreFewRatherThanFillerAndTheirReasonsNameSubjects() throws Exception {
    // what a reason must never be: a model papers compare with, a size, a word most papers share
    Set<String> models = new HashSet<>();
    for (JsonNode e :
        new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
            .readTree(Repo.content().resolve("entities.yml").toFile())) {
      if (e.get("kind").asText().equals("model")) {
        models.add(e.get("name").asText());
      }
    }
    assertTrue(models.contains("GPT-4o") && models.contains("Claude"), models.toString());
    Set<String> common =
        Set.of(
            "fine",
            "LLMs",
            "models",
            "data",
            "language",
            "large",
            "reasoning",
            "tuning",
            "unlock",
            "efficient",
            "novel");
    int withSome = 0;
    int fewer = 0;
    int withReasons = 0;
    int groupRuns = 0;
    int items = 0;
    for (String page : paperPages()) {
      Document doc = site.page(page);
      // papers related only by the group this paper is listed under are headed by it once, linked
      // as the page's own "listed under" line links it (review 5: "both in" on every item)
      Set<String> own = new HashSet<>(doc.select("p.paper-groups a").eachAttr("href"));
      for (Element group : doc.select("p.related-group")) {
        Element next = group.nextElementSibling();
        assertTrue(next != null && next.is("ol.related"), page + ": " + group.text());
        assertTrue(own.contains(group.selectFirst("a").attr("href")), page + ": " + group.text());
        assertTrue(subtopicHeadings().contains(group.selectFirst("a").text()), group.text());
        // plain wording (reader17: "In X, as this paper is:" read awkwardly 357 times)
        assertEquals("Also in " + group.selectFirst("a").text() + ":", group.text(), page);
        groupRuns++;
      }
      assertFalse(doc.select("ol.related").text().contains("both in "), page);
      // every run says why it is there, the unnamed ones that they are close in wording (review 9:
      // 211 links in an unheaded second list, while Methodology says each page says what they
      // share)
      for (Element run : doc.select("ol.related")) {
        Element heading = run.previousElementSibling();
        assertTrue(
            heading != null
                && heading.is("p.related-group, p.related-shares, p.related-wording")
                && !heading.text().isBlank(),
            page + ": " + run.text());
      }
      List<Element> related = doc.select("ol.related > li");
      assertTrue(related.size() <= 5, page);
      withSome += related.isEmpty() ? 0 : 1;
      fewer += related.size() < 5 ? 1 : 0;
      Set<String> targets = new HashSet<>();
      for (Element li : related) {
        String to = target(page, li.selectFirst("a"));
        assertFalse(to.equals(page), page + " is related to itself");
        assertTrue(site.pages().contains(to), to);
        targets.add(to);
        items++;
        Element before = li.parent().previousElementSibling();
        if (before != null && before.is("p.related-group")) {
          withReasons++; // the group heading the run is its reason
          assertTrue(li.select(".shared").isEmpty(), page + ": " + li.text());
          continue;
        }
        // papers sharing the same with this one are headed by it once (review 7)
        boolean sharesRun = before != null && before.is("p.related-shares");
        if (li.select(".shared").isEmpty() && !sharesRun) {
          continue;
        }
        withReasons++;
        assertTrue(li.select(".shared").isEmpty() || !sharesRun, page + ": " + li.text());
        String shared =
            sharesRun
                ? before.text().replace("Each shares with this paper:", "shares:")
                : li.select(".shared").text();
        assertTrue(shared.matches("shares: .+"), page + ": " + li.text());
        String[] reasons = shared.substring("shares: ".length()).split(", ");
        // one plain title word alone ("turn", "pass", "report") is no reason: nothing is said;
        // one both titles write and both abstracts are about is ("dialogue", "multimodal")
        assertFalse(
            reasons.length == 1 && Set.of("turn", "pass", "report", "survey").contains(reasons[0]),
            page + ": " + li.text());
        for (String reason : reasons) {
          assertFalse(models.contains(reason), page + ": a model is no reason: " + li.text());
          assertFalse(reason.matches("[0-9.]+[BMK]"), page + ": a size is no reason: " + li.text());
          assertFalse(common.contains(reason), page + ": " + li.text());
        }
      }
      assertEquals(related.size(), targets.size(), page + " lists a related paper twice");
    }
    assertTrue(groupRuns >= 100, groupRuns + " runs of papers headed by their group");
    int papers = paperPages().size();
    // a threshold, not filler: some papers have fewer than five, most still have some (390 of
    // 469; 367 before pairs of one named sub-topic counted, round 4 of issue 22)
    assertTrue(fewer > 0 && withSome >= 0.8 * papers, withSome + " of " + papers);
    // 1,331 of 1,494 items say why (857 of 1,316 before round 4; 807 of 1,740 before issue 22);
    // 1,300 of 1,532 (84.9%) once groups10 took misfits out of the groups they named in passing;
    // 1,258 of 1,500 (83.9%) once a benchmark alone was no longer shown (24 items said only one);
    // 1,239 of 1,493 (83.0%) once a theme's name or a term of the whole field was not (related17)
    assertTrue(withReasons >= 0.82 * items, withReasons + " of " + items + " items say why");
    // the blind panel's "not related" pair of issue 22: an exam in Ukrainian, compiler passes
    String exam = "papers/empowering-smaller-models-tuning-llama-and-gemma-with-chain.html";
    assertFalse(
        site.page(exam).select("ol.related a").eachAttr("href").stream()
            .anyMatch(href -> href.contains("optimization-compilers")),
        site.page(exam).select("ol.related").text());
    // a pair that shares a line of work says so in the words of its titles
    String visual = "papers/visual-rft-visual-reinforcement-fine-tuning.html";
    Element reason = site.page(visual).selectFirst("ol.related > li:has(a[href*=reason-rft])");
    Element heading = reason == null ? null : reason.parent().previousElementSibling();
    String said =
        reason == null
            ? ""
            : reason.text()
                + (heading != null && heading.is("p.related-shares") ? heading.text() : "");
    assertTrue(
        said.contains("Reinforcement fine-tuning"), site.page(visual).select("ol.related").text());
  }

  /** The headings of the named sub-topics on the theme pages and the Other page. */
  private static Set<String> subtopicHeadings() {
    Set<String> headings = new HashSet<>();
    for (String page : site.pages()) {
      if (page.startsWith("themes/") && page.endsWith(".html")) {
        for (Element h : site.page(page).select("section.subtopic > h3")) {
          headings.add(h.ownText().strip());
        }
      }
    }
    return headings;
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
        site.page(paper)
            .select(".entity-chips a, .introduces a")
            .forEach(link -> back.add(target(paper, link)));
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
  void fewOverlapsAreToldInASentenceLinkingEachPairNotCharted() {
    Document home = site.page("index.html");
    long themed = themesOf.values().stream().filter(t -> !t.isEmpty()).count();
    long sharing = themesOf.values().stream().filter(t -> t.size() > 1).count();
    // 32 of 318 papers in a theme: under the one in five that earns a chart
    assertTrue(sharing * 5 < themed, sharing + " of " + themed);
    assertTrue(home.select(".overlap-chart").isEmpty(), "no chart of a few papers");
    Element note = home.selectFirst("p.overlap-note");
    assertTrue(
        note.text()
            .startsWith(
                "Few papers sit in two themes at once: "
                    + sharing
                    + " of the "
                    + themed
                    + " papers in a theme ("
                    + Math.round(100.0 * sharing / themed)
                    + "%)"),
        note.text());
    // every overlap page of two papers or more is listed; a pair of one paper is only counted
    // (review 10: "Instruction tuning and PEFT (1)" is a coincidence, not where themes meet)
    List<Element> pairs = home.select(".overlap-pairs a.pair");
    long thin =
        site.pages().stream()
            .filter(p -> p.matches("overlaps/.*(?<!-\\d)\\.html"))
            .filter(p -> site.page(p).select(".paper-title a").size() < 2)
            .count();
    assertTrue(thin > 0, "the real survey has a one-paper overlap");
    assertEquals(
        site.pages().stream().filter(p -> p.matches("overlaps/.*(?<!-\\d)\\.html")).count(),
        pairs.size() + thin);
    // reader23: "one other pair of themes sharing a single paper" named neither; each such pair
    // is named and linked, with its one paper, the paper its overlap page lists
    List<Element> single = home.select(".overlap-pairs li.overlap-single");
    assertEquals(thin, single.size());
    assertTrue(home.select(".overlap-pairs li.overlap-rest").isEmpty());
    for (Element li : single) {
      Element pair = li.selectFirst("a.single-pair");
      String page = target("index.html", pair);
      Element paper = pair.nextElementSibling();
      assertEquals(
          List.of(target(page, site.page(page).selectFirst(".paper-title a"))),
          List.of(target("index.html", paper)),
          li.text());
      assertEquals("and one paper in both " + pair.text() + ": " + paper.text(), li.text(), page);
    }
    assertEquals(
        "and one paper in both Instruction tuning and Parameter-efficient fine-tuning: "
            + site.page("overlaps/instruction-tuning.peft.html")
                .selectFirst(".paper-title a")
                .text(),
        single.get(0).text());
    for (Element pair : pairs) {
      String page = target("index.html", pair);
      String[] slugs = page.replace("overlaps/", "").replace(".html", "").split("\\.");
      long expected =
          themesOf.values().stream()
              .filter(t -> t.contains(slugs[0]) && t.contains(slugs[1]))
              .count();
      String after = pair.nextSibling().toString();
      assertTrue(after.startsWith(" (" + expected + ")"), page + ": " + after);
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
    // terms only where they say more than the theme's name ("curriculum learning" on Curriculum
    // learning does not); Reasoning keeps "chain-of-thought"
    assertTrue(
        site.page("themes/reasoning.html")
            .select(".profile .term")
            .eachText()
            .contains("chain-of-thought"));
    Document curriculum = site.page("themes/curriculum.html");
    assertTrue(curriculum.select(".profile .term").isEmpty());
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
        // and what it counts: papers naming an entity, or in both themes (review 7)
        assertTrue(
            chip.text().matches(".+ · (named in [0-9,]+ papers?|[0-9,]+ papers? in both)"),
            page + ": " + chip.text());
      }
    }
    for (Element count : site.page("entities.html").select("li > .count")) {
      assertTrue(count.text().matches("· [0-9,]+ papers?"), count.text());
    }
  }
}
