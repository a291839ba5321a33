package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.RealBuild;
import dev.surveyor.support.SiteCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Counts and titles on the real site read as what they are and agree with what is listed: a number
 * set after a name ("Soft prompts 2", "T 38") reads as part of the name, and an entity page whose
 * theme sections hold more entries than its headline count must say why.
 */
class CountsSiteTest {
  private static final Pattern MENTIONED = Pattern.compile("Mentioned in (\\d+) papers?\\.");
  private static final Pattern SECTION_COUNT = Pattern.compile("· (\\d+) papers? mentions? it");

  private static SiteCheck site;

  @BeforeAll
  static void read() throws Exception {
    site = RealBuild.site();
  }

  @Test
  void entityPagesExplainEntriesBeyondTheirCount() {
    List<String> unexplained = new ArrayList<>();
    int repeating = 0;
    for (String path : site.pages()) {
      if (!path.startsWith("entities/") || path.equals("entities/index.html")) {
        continue;
      }
      Document page = site.page(path);
      String header = page.select("header p.count").text();
      Matcher mentioned = MENTIONED.matcher(header);
      assertTrue(mentioned.find(), path + ": no headline count in '" + header + "'");
      int papers = Integer.parseInt(mentioned.group(1));
      int entries = 0;
      for (Element count : page.select("main section h2 .count")) {
        Matcher m = SECTION_COUNT.matcher(count.text());
        assertTrue(m.matches(), path + ": section count '" + count.text() + "' reads as a name");
        entries += Integer.parseInt(m.group(1));
      }
      assertTrue(entries >= papers, path + ": sections hold fewer papers than the count");
      if (entries > papers) {
        repeating++;
        if (!header.contains("listed under each")) {
          unexplained.add(path + " (" + papers + " papers, " + entries + " entries)");
        }
      } else if (header.contains("listed under each")) {
        unexplained.add(path + " says papers repeat, but none does");
      }
    }
    assertTrue(repeating > 10, "the real survey has entities in papers of several themes");
    assertEquals(List.of(), unexplained);
  }

  @Test
  void everyPageHasATitleOfItsOwn() {
    java.util.Map<String, String> pageOf = new java.util.TreeMap<>();
    List<String> shared = new ArrayList<>();
    for (String path : site.pages()) {
      String title = site.page(path).title();
      String earlier = pageOf.putIfAbsent(title, path);
      if (earlier != null) {
        shared.add(title + ": " + earlier + " and " + path);
      }
    }
    assertTrue(pageOf.size() > 400, "the real survey has hundreds of pages");
    // "Instruction tuning" is both a theme and a method
    assertTrue(
        pageOf.containsKey("Instruction tuning, a method · " + siteName()),
        pageOf.keySet().stream().filter(t -> t.startsWith("Instruction")).toList().toString());
    assertEquals(List.of(), shared);
  }

  private static String siteName() {
    String home = site.page("index.html").title();
    return home.contains(" · ") ? home.substring(home.lastIndexOf(" · ") + 3) : home;
  }

  @Test
  void countsAfterNamesAreSetApart() {
    Document theme = site.page("themes/reasoning.html");
    List<Element> toc = theme.select("header ul li .count, nav.toc li .count, .toc li .count");
    assertTrue(toc.size() >= 5, "Reasoning lists its sub-topics with counts");
    for (Element count : toc) {
      // with its unit (review 7: "Process reward models · 3" read as part of the name)
      assertTrue(
          count.text().matches("· [\\d,]+ papers?"), "sub-topic count '" + count.text() + "'");
    }
    List<Element> letters = site.page("papers.html").select("nav.letters .count");
    assertTrue(letters.size() >= 20, "All papers has a letter index");
    for (Element count : letters) {
      assertTrue(count.text().matches("\\(\\d+ papers?\\)"), "letter count '" + count.text() + "'");
      // seen, "A (39)": "A · 39" read like a code
      assertTrue(count.select(".visually-hidden").text().matches("papers?"), count.outerHtml());
    }
    // "GPT-3 6 papers" read as a version; sub-topic and letter headings likewise
    List<Element> after = new ArrayList<>(site.page("entities.html").select(".entity-list .count"));
    after.addAll(theme.select("section.subtopic h3 .count"));
    after.addAll(site.page("papers.html").select(".title-groups h2 .count"));
    assertTrue(after.size() >= 100, "entity, sub-topic and letter counts: " + after.size());
    for (Element count : after) {
      assertTrue(count.text().matches("· [\\d,]+ papers?"), "count '" + count.text() + "'");
    }
  }

  @Test
  void aDateAndTheUpvotesAfterItAreSetApart() {
    int both = 0;
    for (Element meta : site.page("themes/reasoning.html").select(".paper-item .paper-meta")) {
      Element upvotes = meta.selectFirst(".upvotes");
      if (upvotes == null) {
        continue;
      }
      boolean dated = meta.selectFirst("time, .date") != null;
      both += dated ? 1 : 0;
      // "16 Jun 4 upvotes" read as one date
      Element before = upvotes.previousElementSibling();
      assertEquals(dated, before != null && before.text().equals("·"), meta.text());
      assertTrue(meta.text().matches("(.+ · )?\\d+ upvotes?.*"), meta.text());
    }
    assertTrue(both >= 3, "Reasoning lists dated papers with upvotes: " + both);
  }

  @Test
  void anEntityNamedLikeAThemeSaysWhyItsCountIsNotTheThemes() {
    Document entity = site.page("entities/instruction-tuning.html");
    Matcher mentioned = MENTIONED.matcher(entity.select("header p.count").text());
    assertTrue(mentioned.find());
    Document theme = site.page("themes/instruction-tuning.html");
    int inTheme = theme.select("li.paper-item").size();
    assertTrue(Integer.parseInt(mentioned.group(1)) != inTheme, "the two counts differ");
    Element note = entity.selectFirst("header p.same-name");
    assertTrue(note != null, "no note beside the count");
    assertEquals("../themes/instruction-tuning.html", note.selectFirst("a").attr("href"));
    assertTrue(
        note.text()
            .contains("holds the " + inTheme + " papers about instruction tuning; this page"),
        note.text());
    String listedInTheme =
        entity
            .selectFirst("section h2:has(a[href=../themes/instruction-tuning.html]) .count")
            .text()
            .replaceAll("[^0-9]", "");
    assertTrue(
        note.text().contains("lists the " + mentioned.group(1) + " that name it"), note.text());
    assertTrue(note.text().endsWith(listedInTheme + " papers are in both."), note.text());
    // the short name counts too (PEFT), and an entity no theme is named after has no note
    assertTrue(site.page("entities/peft.html").selectFirst("p.same-name") != null);
    assertTrue(site.page("entities/curriculum-learning.html").selectFirst("p.same-name") != null);
    assertEquals(null, site.page("entities/gpt-3.html").selectFirst("p.same-name"));
    // the index, where "Instruction tuning · 101 papers" first meets the reader
    String lead = site.page("entities.html").selectFirst(".lead").text();
    assertTrue(
        lead.contains(
            "(Instruction tuning, Curriculum learning, Parameter-efficient fine-tuning): a paper is"
                + " in the theme when it is about it"),
        lead);
  }

  @Test
  void everyNavigationLandmarkHasANameOfItsOwn() {
    for (String path : List.of("index.html", "papers.html", "themes/reasoning.html")) {
      List<String> names = site.page(path).select("nav").eachAttr("aria-label");
      assertEquals(site.page(path).select("nav").size(), names.size(), path + ": a nav unnamed");
      assertEquals(new java.util.HashSet<>(names).size(), names.size(), path + ": " + names);
    }
  }

  @Test
  void aThemeNamedLikeAnEntitySaysWhyItsCountIsNotTheMentions() {
    // Curriculum learning: 39 in the theme, 37 naming it, 41 for the word; the theme page said 39
    for (String slug : List.of("curriculum", "instruction-tuning", "peft")) {
      Document theme = site.page("themes/" + slug + ".html");
      Element note = theme.selectFirst("header p.same-name");
      assertTrue(note != null, slug + ": no note beside the count");
      String entityPath =
          "entities/" + note.selectFirst("a").attr("href").replace("../entities/", "");
      Document entity = site.page(entityPath);
      Matcher mentioned = MENTIONED.matcher(entity.select("header p.count").text());
      assertTrue(mentioned.find(), entityPath);
      int inTheme = theme.select("li.paper-item").size();
      String listedInTheme =
          entity
              .selectFirst("section h2:has(a[href=../themes/" + slug + ".html]) .count")
              .text()
              .replaceAll("[^0-9]", "");
      // review 7: "16 papers are in this theme and 18 name ... (10 do both): a paper is in the
      // theme when ..." had to be read twice; now each figure says what it counts where it stands
      assertTrue(
          note.text().startsWith("This theme holds the " + inTheme + " papers about "),
          note.text());
      assertTrue(
          note.text()
              .contains(" lists the " + mentioned.group(1) + " that name it, whether or not"),
          note.text());
      assertTrue(note.text().endsWith(" " + listedInTheme + " papers are in both."), note.text());
    }
    assertEquals(
        null,
        site.page("themes/reasoning.html").selectFirst("p.same-name"),
        "no entity is named Reasoning");
  }
}
