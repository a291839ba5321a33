package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.support.RealBuild;
import dev.surveyor.support.Repo;
import dev.surveyor.support.SiteCheck;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A fresh reader's review (review3) on the real survey's pages: a paper page's scoring is folded
 * under a few plain words; previous and next step through a theme as its page lists it, and say so;
 * long lists end in a way back up; the home page starts each theme with the curator's picks.
 */
class ReaderPageSiteTest {
  private static SiteCheck site;
  private static Map<String, JsonNode> papers;

  @BeforeAll
  static void read() throws Exception {
    site = RealBuild.site();
    papers = new HashMap<>();
    for (JsonNode p :
        new ObjectMapper().readTree(RealBuild.out().resolve("data/papers.json").toFile())) {
      papers.put(p.get("slug").asText(), p);
    }
  }

  private static List<String> paperPages() {
    return site.pages().stream().filter(p -> p.startsWith("papers/")).toList();
  }

  private static List<String> themePages() {
    return site.pages().stream()
        .filter(p -> p.startsWith("themes/") && !p.equals("themes/other.html"))
        .toList();
  }

  private static String resolve(String page, String href) {
    return URI.create("https://x/" + page).resolve(href).getPath().substring(1);
  }

  @Test
  void aPaperPagesScoringIsFoldedUnderAFewWordsPerTheme() {
    int folded = 0;
    for (String page : paperPages()) {
      Document doc = site.page(page);
      Element why = doc.selectFirst("section.why");
      assertNotNull(why, page);
      // every phrase and point is inside one closed disclosure with a plain line to open it
      Element scoring = why.selectFirst("details.scoring");
      int evidence = why.select(".evidence li").size();
      if (scoring == null) {
        assertEquals(0, evidence, page);
        continue;
      }
      assertFalse(scoring.hasAttr("open"), page);
      assertTrue(scoring.hasClass("print-open"), page + ": printed unfolded");
      assertTrue(
          scoring.selectFirst("summary").text().startsWith("The phrases found and the points"),
          page + ": " + scoring.selectFirst("summary").text());
      assertEquals(evidence, scoring.select(".evidence li").size(), page + ": all folded");
      assertEquals(
          why.select(".verdict").size(), scoring.select(".verdict").size(), page + ": all folded");
      // outside the fold: each theme it is in, or a curator took it out of, in a few words
      List<String> standings = why.select(".standings li").eachText();
      List<String> decided =
          scoring.select(".verdict").stream()
              .filter(v -> v.parents().stream().noneMatch(e -> e.hasClass("near-misses")))
              .map(v -> v.selectFirst("h3").text() + ":")
              .toList();
      assertEquals(decided.size(), standings.size(), page + ": " + standings);
      for (int i = 0; i < decided.size(); i++) {
        assertTrue(standings.get(i).startsWith(decided.get(i)), page + ": " + standings);
      }
      List<String> members =
          why.select(".standings li:not(.removed) a").eachText().stream().sorted().toList();
      assertEquals(
          doc.select("header .paper-themes a").eachText().stream().sorted().toList(),
          members,
          page);
      Element shown = why.clone();
      shown.select("details").remove();
      assertTrue(shown.text().length() < 400, page + ": " + shown.text());
      folded++;
    }
    assertTrue(folded > 350, "paper pages with folded scoring: " + folded);
  }

  @Test
  void aPaperInTwoThemesSaysWhereInOneSentence() {
    // review 4: "In Reasoning, listed under …; In Parameter-efficient fine-tuning, listed under …"
    int both = 0;
    for (String page : paperPages()) {
      for (var groups : site.page(page).select("p.paper-groups")) {
        String text = groups.text();
        assertTrue(text.startsWith("In "), page + ": " + text);
        assertFalse(text.contains("; In "), page + ": " + text);
        both += text.contains("; in ") ? 1 : 0;
      }
    }
    assertTrue(both > 0, "some paper is listed under groups of two themes");
  }

  @Test
  void titleSearchesElsewhereAreCalledSearches() {
    // "Find it on arXiv" led to a search for the title, which readers took for the paper's page
    for (String page : paperPages()) {
      Element find = site.page(page).selectFirst(".find");
      assertTrue(find.text().startsWith("Search for its title on arXiv · Google Scholar"), page);
      for (String href : find.select("a").eachAttr("href")) {
        assertTrue(href.matches(".*[?&](q|query)=.+"), page + ": " + href);
      }
    }
  }

  @Test
  void theAbstractsLinksAreNotListedAgainUnderIt() {
    // 83 pages repeated the addresses their abstract already links
    for (String page : paperPages()) {
      Document doc = site.page(page);
      Set<String> inline = new TreeSet<>(doc.select(".abstract a").eachAttr("href"));
      for (String href : doc.select("ul.links a").eachAttr("href")) {
        assertFalse(inline.contains(href), page + " lists " + href + " twice");
      }
    }
    assertTrue(
        paperPages().stream().filter(p -> !site.page(p).select(".abstract a").isEmpty()).count()
            > 50);
  }

  /** The papers a theme page lists, in the order it lists them, as paper page paths. */
  private static List<String> listed(String theme) {
    return site.page(theme).select("#papers .paper-title a").eachAttr("href").stream()
        .map(href -> resolve(theme, href))
        .toList();
  }

  @Test
  void previousAndNextStepThroughEachThemeAsItsPageListsItAndSaySo() {
    int steps = 0;
    for (String theme : themePages()) {
      List<String> order = listed(theme);
      String name = site.page(theme).selectFirst("h1").text();
      int count = Integer.parseInt(site.page(theme).selectFirst(".count").text().split(" ")[0]);
      assertEquals(count, order.size(), theme + ": the page lists every paper");
      assertEquals(order.size(), new TreeSet<>(order).size(), theme + ": each paper once");
      for (int i = 0; i < order.size(); i++) {
        Document doc = site.page(order.get(i));
        Element row =
            doc.select(".neighbour-row").stream()
                .filter(r -> r.selectFirst(".neighbour-theme a").text().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " row"));
        String prev = row.select("a[rel=prev]").attr("href");
        String next = row.select("a[rel=next]").attr("href");
        assertEquals(
            i == 0 ? "" : order.get(i - 1),
            prev.isEmpty() ? "" : resolve(order.get(i), prev),
            order.get(i));
        assertEquals(
            i + 1 == order.size() ? "" : order.get(i + 1),
            next.isEmpty() ? "" : resolve(order.get(i), next),
            order.get(i));
        String says = row.selectFirst(".neighbour-theme").text();
        assertTrue(
            says.startsWith(
                "In "
                    + name
                    + ", paper "
                    + (i + 1)
                    + " of "
                    + count
                    + " in the theme page's order"),
            says);
        steps++;
      }
    }
    // Reasoning goes sub-topic by sub-topic: the order is not the strongest evidence alone
    String says =
        site.page(listed("themes/reasoning.html").get(0)).select(".neighbour-theme").stream()
            .map(Element::text)
            .filter(t -> t.startsWith("In Reasoning,"))
            .findFirst()
            .orElseThrow();
    assertTrue(says.endsWith("(by sub-topic, then strongest evidence):"), says);
    assertTrue(steps > 300, "steps checked: " + steps);
  }

  @Test
  void longListsEndInAWayBackUpThatNeedsNoScript() {
    for (String theme : themePages()) {
      Document doc = site.page(theme);
      assertNotNull(doc.getElementById("subtopics"), theme);
      var groups = doc.select("details.subtopic-papers");
      // a short theme (PEFT, 16 papers) shows every group open since review 9
      assertFalse(groups.isEmpty() && doc.select(".paper-item").size() > 20, theme);
      for (Element group : groups) {
        Element last = group.children().last();
        assertEquals("#subtopics", last.select(".to-top a").attr("href"), theme);
      }
      assertEquals("#top", doc.select("#papers > .to-top a").attr("href"), theme);
    }
    Document all = site.page("papers.html");
    assertNotNull(all.getElementById("letters"));
    for (Element group : all.select("details.subtopic-papers")) {
      assertEquals("#letters", group.children().last().select(".to-top a").attr("href"));
    }
    assertEquals("#top", all.select("main > .to-top a").attr("href"));
    Document entities = site.page("entities.html");
    assertNotNull(entities.getElementById("kinds"));
    // a bare count after a kind read as part of a name ("Models 31")
    assertTrue(
        entities
            .selectFirst("#kinds")
            .text()
            .matches("[A-Z][a-z ]+ \\([0-9]+\\)( · [A-Z][a-z ]+ \\([0-9]+\\))*"),
        entities.selectFirst("#kinds").text());
    for (Element kind : entities.select("main > section[id]")) {
      assertEquals("#kinds", kind.select(".to-top a").attr("href"), kind.id());
    }
    Document search = site.page("search.html");
    assertEquals("#search-form", search.select(".search-results .to-top a").attr("href"));
    assertNotNull(search.getElementById("search-form"));
    // every page has the top the links go to: the site's header
    assertEquals("site-header", all.getElementById("top").className());
    // and none of these links is broken anywhere
    assertEquals(List.of(), site.brokenLinks());
  }

  /** The papers a theme's introduction links, each once, in its order, read from the file. */
  static List<String> linkedBy(String theme) throws Exception {
    String file = Files.readString(Repo.content().resolve("themes/" + theme + ".md"));
    String body = file.substring(file.indexOf("\n---", 3) + 4);
    Matcher m = Pattern.compile("\\]\\(paper:([^)\\s]+)\\)").matcher(body);
    Set<String> linked = new LinkedHashSet<>();
    while (m.find()) {
      linked.add(m.group(1));
    }
    return List.copyOf(linked);
  }

  @Test
  void theHomePageStartsEachThemeWithTheFirstPapersItsIntroductionLinks() throws Exception {
    Document home = site.page("index.html");
    assertTrue(home.text().toLowerCase().indexOf("key paper") < 0, "no 'key papers'");
    Element section = home.selectFirst("section:has(> #start-heading)");
    assertEquals("Where to start", section.selectFirst("h2").text());
    String note = section.selectFirst("p.note").text();
    // in a reader's words (review 7: "but not all three from another theme's overlap" parsed as
    // nothing): what the picks are, who chose them, and the one exception, in short sentences
    // review 9: the exception told as a rule read as an algorithm; one plain sentence; review 10:
    // "the first its overview points readers to" had to be read twice
    assertEquals(
        "Three papers for each theme, picked by its curator from those its overview recommends.",
        note);
    assertFalse(note.contains("overlap"), note);
    for (String sentence : note.split("\\. ")) {
      assertTrue(sentence.split(" ").length <= 30, sentence);
    }
    var themes = section.select(".theme-starts > section");
    assertEquals(themePages().size(), themes.size());
    for (Element theme : themes) {
      String themePage = theme.selectFirst("h3 a").attr("href");
      String slug = themePage.replace("themes/", "").replace(".html", "");
      List<String> expected =
          linkedBy(slug).stream().limit(3).map(p -> "papers/" + p + ".html").toList();
      assertEquals(3, expected.size(), slug + " links three papers or more");
      // every introduction links papers, so no theme falls back to the rules' picks
      assertTrue(theme.select("p.note").isEmpty(), slug);
      var titles = theme.select(".paper-title a");
      // the first two it links, then the third, or the first it links outside another theme the
      // first two share (Curriculum's: its first three links are all Reasoning overlaps)
      assertEquals(expected.subList(0, 2), titles.eachAttr("href").subList(0, 2), slug);
      assertTrue(
          slug.equals("curriculum") != expected.equals(titles.eachAttr("href")),
          slug + ": " + titles.eachAttr("href"));
      for (Element title : titles) {
        Document paper = site.page(title.attr("href"));
        assertEquals(paper.selectFirst("h1").text(), title.text(), title.attr("href"));
        // with the summary its lists show
        String summary = title.closest(".paper-item").selectFirst(".paper-summary").text();
        assertFalse(summary.isBlank(), title.attr("href"));
      }
      // the theme page's introduction links the same papers first
      List<String> onThemePage =
          site.page(themePage).select(".intro a[href*=papers/]").eachAttr("href").stream()
              .map(h -> resolve(themePage, h))
              .distinct()
              .limit(3)
              .toList();
      assertEquals(expected, onThemePage, slug);
      assertTrue(
          site.page(themePage).select(".intro a[href*=papers/]").eachAttr("href").stream()
              .map(h -> resolve(themePage, h))
              .toList()
              .containsAll(titles.eachAttr("href")),
          slug);
    }
  }

  /** Whatever the fold, the order on the page is the reader's: the paper before its scoring. */
  @Test
  void thePaperComesBeforeItsScoring() {
    List<String> expected =
        List.of("abstract-heading", "related-heading", "entities-heading", "why-heading");
    Map<String, Integer> seen = new HashMap<>();
    for (String page : paperPages()) {
      List<String> ids = new ArrayList<>();
      site.page(page).select("article.paper > section > h2").forEach(h -> ids.add(h.id()));
      List<String> order = ids.stream().filter(expected::contains).toList();
      assertEquals(expected.stream().filter(ids::contains).toList(), order, page);
      order.forEach(id -> seen.merge(id, 1, Integer::sum));
    }
    assertTrue(seen.getOrDefault("related-heading", 0) > 300, seen.toString());
  }
}
