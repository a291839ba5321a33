package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.RealBuild;
import dev.surveyor.support.SiteCheck;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Issue 22 §8 on the real survey: long entity pages show their structure first (each theme's
 * sub-topics with counts, folded), short ones stay one list per theme, and Methodology opens on a
 * contents list whose links reach its sections, its technical parts folded under their headings.
 */
class LongPagesSiteTest {
  private static final Pattern COUNT = Pattern.compile("· ([0-9,]+) papers? mentions? it");
  private static final Pattern GROUP_COUNT = Pattern.compile("· ([0-9,]+) papers?$");

  private final SiteCheck site = RealBuild.site();

  @Test
  void aLongEntityPageComesByEachThemesSubtopicsFoldedWithTheirCounts() {
    Document rl = site.page("entities/reinforcement-learning.html");
    // the page's own figures are as before: 119 papers, 131 entries over the themes
    assertTrue(rl.selectFirst("header p.count").text().startsWith("Mentioned in 119 papers."));
    List<Element> sections = rl.select("main > section, #entity-papers > section");
    List<String> contents = rl.select("nav#themes a").eachAttr("href");
    assertEquals(sections.size(), contents.size());
    int entries = 0;
    for (int i = 0; i < sections.size(); i++) {
      Element section = sections.get(i);
      assertEquals("#" + section.id(), contents.get(i), "the contents list the sections in order");
      int total = number(COUNT, section.selectFirst("h2").text());
      int inGroups = 0;
      for (Element group : section.select("section.subtopic")) {
        int count = number(GROUP_COUNT, group.selectFirst("h3").text());
        // the heading's count is what the group lists, open or folded
        assertEquals(count, group.select("li.paper-item").size(), group.id());
        Element fold = group.selectFirst("details.subtopic-papers");
        assertEquals(count > 1, fold != null, group.id() + ": one paper open, more folded");
        if (fold != null) {
          assertTrue(fold.selectFirst("summary").text().startsWith("Show the papers "), group.id());
          assertEquals(count, fold.select("li.paper-item").size(), group.id());
        }
        inGroups += count;
      }
      assertEquals(total, inGroups, section.id() + ": every paper in exactly one group");
      assertEquals(total, section.select("li.paper-item").size(), section.id());
      entries += total;
    }
    assertEquals(131, entries);
    Element reasoning = rl.getElementById("theme-reasoning");
    List<Integer> sizes =
        reasoning.select("section.subtopic h3").stream()
            .map(h -> number(GROUP_COUNT, h.text()))
            .toList();
    assertTrue(
        reasoning
            .selectFirst("section.subtopic h3")
            .text()
            .startsWith("Reinforcement learning for reasoning"),
        "RL's own group leads its Reasoning section");
    assertEquals(sizes.get(0), Collections.max(sizes), "the largest group first: " + sizes);
    assertNotNull(rl.getElementById("other-topic-outside"), "the Other page's groups too");
  }

  @Test
  void everyEntityPageListingMoreThanTwentyEntriesFoldsAndNoShorterOneDoes() {
    int folded = 0;
    for (String path : site.pages()) {
      if (!path.startsWith("entities/")) {
        continue;
      }
      Document page = site.page(path);
      int entries = 0;
      for (Element h2 : page.select("main > section > h2, #entity-papers > section > h2")) {
        entries += number(COUNT, h2.text());
      }
      boolean grouped = !page.select("section.subtopic").isEmpty();
      assertEquals(entries > 20, grouped, path + ": " + entries + " entries");
      assertEquals(grouped, page.selectFirst("nav#themes") != null, path);
      assertEquals(
          grouped, !page.select("script[src$=print.js]").isEmpty(), path + " prints its folds");
      // counts unchanged: every entry is listed once, folded or not
      assertEquals(entries, page.select("li.paper-item").size(), path);
      folded += grouped ? 1 : 0;
    }
    assertTrue(folded >= 10, folded + " long entity pages");
    Document lora = site.page("entities/lora.html");
    assertTrue(lora.select("details").stream().allMatch(d -> d.hasClass("site-menu")), "LoRA");
  }

  @Test
  void methodologyOpensOnAContentsListWhoseLinksReachItsSections() {
    Document page = site.page("methodology.html");
    Element nav = page.selectFirst("nav.page-contents");
    assertNotNull(nav);
    List<String> sections = new ArrayList<>();
    for (Element h2 : page.select("article h2[id]")) {
      if (!h2.id().equals("contents-heading")) {
        sections.add(h2.text());
      }
    }
    assertEquals(
        List.of(
            "Collecting papers",
            "Assigning themes",
            "Curation policy",
            "How accurate the grouping is",
            "Sub-topics",
            "Related papers and entities"),
        sections);
    List<Element> links = nav.select("a");
    assertEquals(sections, links.stream().map(Element::text).toList());
    for (Element link : links) {
      String id = link.attr("href").substring(1);
      Element target = page.getElementById(id);
      assertNotNull(target, link.attr("href"));
      assertEquals("h2", target.tagName());
      assertEquals(1, page.select("[id=" + id + "]").size(), "one " + id);
    }
  }

  @Test
  void methodologyFoldsItsTechnicalPartsAndKeepsTheirFacts() {
    Document page = site.page("methodology.html");
    List<String> folds =
        page.select("details.page-fold > summary > h3[id]").stream().map(Element::text).toList();
    assertEquals(
        List.of(
            "How the captured text is mended",
            "The five listings, counted",
            "Curators' corrections in this survey",
            "How names correct the grouping"),
        folds);
    // the listings' table and counts close their folded sub-section, before the next section
    Element listings = page.selectFirst("table.listings");
    assertEquals("The five listings, counted", listings.parent().selectFirst("summary").text());
    assertNotNull(page.selectFirst("details.page-fold p.collection-account"));
    // the sub-topic rules are lists now, every fact kept
    Element subtopics = page.getElementById("sub-topics");
    String section = sectionText(subtopics);
    for (String fact :
        List.of(
            "at least twice in its abstract",
            "spherical k-means",
            "Not in a named group",
            "at least as close to the papers that name it",
            "at least three of the eight papers of its page nearest it",
            "until they change nothing")) {
      assertTrue(section.contains(fact), fact);
    }
    assertEquals(4, subtopics.nextElementSibling().nextElementSibling().select("> li").size());
    assertTrue(page.select("details.page-fold ul > li").size() >= 7, "the corrections, listed");
    assertFalse(page.select("script[src$=print.js]").isEmpty(), "the folds print open");
  }

  /** The words of a section: its heading's following siblings up to the next section heading. */
  private static String sectionText(Element heading) {
    StringBuilder text = new StringBuilder();
    for (Element e = heading.nextElementSibling();
        e != null && !e.tagName().equals("h2");
        e = e.nextElementSibling()) {
      text.append(e.text()).append(' ');
    }
    return text.toString();
  }

  private static int number(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    assertTrue(m.find(), text);
    return Integer.parseInt(m.group(1).replace(",", ""));
  }
}
