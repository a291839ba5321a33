package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.RealBuild;
import dev.surveyor.support.Run;
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
 * Review 10 (a fresh reader of main at a751a843): what the pages themselves still made a reader
 * trip over, checked on the real built survey. The expectations are counted from the pages, so
 * they follow the content.
 */
class TenthReviewSiteTest {
  private static final Pattern SECTION_COUNT = Pattern.compile("· ([0-9,]+) papers? mentions?");
  private static SiteCheck site;

  @BeforeAll
  static void build() {
    Run run = RealBuild.run();
    assertEquals(0, run.exitCode(), run.err());
    site = RealBuild.site();
  }

  private static int sectionCount(Element heading) {
    Matcher m = SECTION_COUNT.matcher(heading.text());
    assertTrue(m.find(), heading.text());
    return Integer.parseInt(m.group(1).replace(",", ""));
  }

  @Test
  void anEntityPageListsTheThemeHoldingMostOfItsPapersFirst() {
    // LoRA's PEFT papers came third, after Reasoning's and Instruction tuning's
    List<String> themeOrder =
        site.page("index.html").select(".theme-card:not(.theme-other) h3 a").eachText();
    int checked = 0;
    for (String path : site.pages()) {
      if (!path.startsWith("entities/")) {
        continue;
      }
      Document page = site.page(path);
      List<Element> headings = page.select("main section > h2");
      List<Element> themes = new ArrayList<>();
      for (Element h : headings) {
        if (!h.selectFirst("a").text().equals("Other papers")) {
          themes.add(h);
        } else {
          assertEquals(headings.get(headings.size() - 1), h, path + ": the papers of no theme last");
        }
      }
      for (int i = 1; i < themes.size(); i++) {
        int before = sectionCount(themes.get(i - 1));
        int after = sectionCount(themes.get(i));
        assertTrue(before >= after, path + ": " + themes.get(i - 1).text() + " before " + after);
        if (before == after) {
          assertTrue(
              themeOrder.indexOf(themes.get(i - 1).selectFirst("a").text())
                  < themeOrder.indexOf(themes.get(i).selectFirst("a").text()),
              path + ": a tie in the usual theme order");
        }
      }
      // No item repeats the chip of the section it sits in.
      for (Element h : themes) {
        String theme = h.selectFirst("a").text();
        for (Element chip : h.parent().select(".paper-item .chip")) {
          assertFalse(chip.text().equals(theme), path + ": " + theme + " chip in its own section");
        }
      }
      checked++;
    }
    assertTrue(checked > 100, "entity pages: " + checked);
    Document lora = site.page("entities/lora.html");
    assertEquals(
        "Parameter-efficient fine-tuning", lora.selectFirst("main section > h2 a").text());
  }

  @Test
  void theHomePageListsOnlyOverlapsOfMoreThanOnePaperAndCountsTheRest() {
    Document home = site.page("index.html");
    List<Element> pairs = home.select(".overlap-pairs li:has(a.pair)");
    assertFalse(pairs.isEmpty());
    for (Element pair : pairs) {
      Matcher m = Pattern.compile("\\((\\d+)\\)").matcher(pair.text());
      assertTrue(m.find(), pair.text());
      assertTrue(Integer.parseInt(m.group(1)) >= 2, pair.text());
    }
    assertFalse(home.text().contains("LoRAMoE"), "the one-paper overlap's example");
  }

  @Test
  void whereToStartCardsShowTheSameKindOfLineForEveryPaper() {
    // one card said "5 Feb 2025* · 3 upvotes", most nothing: dates and upvotes are too rare here
    Element section = home().selectFirst("section:has(> #start-heading)");
    List<Element> items = section.select(".paper-item");
    assertTrue(items.size() >= 9, "cards: " + items.size());
    for (Element item : items) {
      Element meta = item.selectFirst(".paper-meta");
      assertTrue(meta.select(".date, time, .upvotes").isEmpty(), meta.outerHtml());
    }
    String note = section.selectFirst("p.note").text();
    assertFalse(note.contains("the first its overview"), note);
  }

  private static Document home() {
    return site.page("index.html");
  }

  @Test
  void methodologySaysHowManyPaperPagesListRelatedPapers() {
    int papers = 0;
    int listing = 0;
    for (String path : site.pages()) {
      if (!path.startsWith("papers/") || path.startsWith("papers/page")) {
        continue;
      }
      papers++;
      listing += site.page(path).getElementById("related-heading") == null ? 0 : 1;
    }
    assertTrue(listing < papers, "some pages list none: " + listing + " of " + papers);
    Document methodology = site.page("methodology.html");
    String text = methodology.selectFirst("main").text();
    assertFalse(text.contains("Each paper page lists the papers most similar"), text);
    Element account = methodology.selectFirst("p.related-account");
    assertNotNull(account);
    assertTrue(
        account
            .text()
            .startsWith(
                listing
                    + " of the "
                    + papers
                    + " paper pages have such a list. The other "
                    + (papers - listing)),
        account.text());
  }

  @Test
  void aboutLeavesTheCaptureRepairsToMethodology() {
    String about = site.page("about.html").selectFirst("main").text();
    assertFalse(about.contains("GemMaroc"), about);
    assertFalse(about.contains("percent signs"), about);
    assertTrue(about.contains("Methodology says how"), about);
    assertTrue(site.page("methodology.html").text().contains("GemMaroc's abstract probably lost"));
  }

  @Test
  void everySubTopicHeadingCarriesItsCountFoldedOrOpen() {
    int folded = 0;
    int open = 0;
    for (String path : site.pages()) {
      if (!path.startsWith("themes/")) {
        continue;
      }
      for (Element group : site.page(path).select("section.subtopic")) {
        Element heading = group.selectFirst("h3");
        assertNotNull(heading.selectFirst(".count"), path + ": " + heading.text());
        Element toggle = group.selectFirst("details.subtopic-papers > summary");
        if (toggle != null) {
          folded++;
          assertFalse(toggle.text().matches(".*\\d.*papers.*") && !toggle.text().contains("first"),
              path + ": the count again in " + toggle.text());
        } else {
          open++;
        }
      }
    }
    assertTrue(folded > 5 && open > 5, folded + " folded, " + open + " open");
  }
}
