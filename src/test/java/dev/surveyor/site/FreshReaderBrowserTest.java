package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.RealBuild;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Review 7 in headless Chromium on the real survey: copied text keeps counts apart from the next
 * name, a print leaves out the labels that unfold groups, and the map fits a phone's width.
 */
class FreshReaderBrowserTest extends RealSurveyInBrowser {
  private static final int DESKTOP = 1280;
  private static final int PHONE = 390;
  // a paper with a date, upvotes and themes in lists, and entity chips with counts on its page
  private static final String PAPER =
      "papers/gemmaroc-unlocking-darija-proficiency-in-llms-with-minimal.html";
  private static final Pattern RUN_ON =
      Pattern.compile("\\d (mentions?+|times|papers?+|upvotes?+)\\p{L}|twice\\p{L}|\\*\\p{L}");

  /** What a reader gets by selecting {@code selector}'s first match and copying it. */
  private static String copied(String selector) {
    return (String)
        browser.script(
            "const s = getSelection(); s.selectAllChildren(document.querySelector('"
                + selector
                + "')); const t = s.toString(); s.removeAllRanges(); return t;");
  }

  @Test
  void copiedTextKeepsCountsDatesAndChipsApart() {
    browser.viewport(DESKTOP, 900, false);
    browser.media("");
    browser.open(server.url(PAPER));
    // "Reinforcement learning (RL) · 2 mentionsSupervised fine-tuning (SFT) · 2 mentions…"
    String chips = copied(".entity-chips");
    assertTrue(chips.contains("Gemma · mentioned 3 times, "), chips);
    assertFalse(RUN_ON.matcher(chips).find(), chips);
    // "31 May 2025* · 2 upvotesReasoning": a list item with a date, upvotes and a theme chip
    // its lists are not folded; an item's chips name only the themes other than its section's
    browser.open(server.url("entities/lora.html"));
    String meta = copied(".paper-item:has(.upvotes):has(.chip) .paper-meta").replace('\n', ' ');
    assertTrue(meta.matches(".+ · \\d+ upvotes? +; +\\S.*"), meta);
    assertFalse(RUN_ON.matcher(meta).find(), meta);
    // "Parameter-efficient fine-tuning (PEFT) · 10 papersLoRA · 6 papers…"
    browser.open(server.url("themes/reasoning.html"));
    String glance = copied(".profile p:has(.chip)");
    assertTrue(glance.contains(" papers, "), glance);
    assertFalse(RUN_ON.matcher(glance).find(), glance);
    // the separators take no room on screen: the chips sit as they did
    @SuppressWarnings("unchecked")
    Map<String, Object> gap =
        (Map<String, Object>)
            browser.script(
                "const c = [...document.querySelectorAll('.profile p:has(.chip) a.chip')];"
                    + " const a = c[0].getBoundingClientRect(), b = c[1].getBoundingClientRect();"
                    + " return {gap: b.left - a.right, sameLine: Math.abs(a.top - b.top) < 1};");
    if (Boolean.TRUE.equals(gap.get("sameLine"))) {
      double between = ((Number) gap.get("gap")).doubleValue();
      assertTrue(between > 0 && between < 8, "space between chips: " + between);
    }
  }

  @Test
  void aPrintedThemeLeavesOutTheLabelsThatUnfoldItsGroups() {
    browser.viewport(DESKTOP, 900, false);
    // a theme with folded groups (PEFT, 16 papers, now shows all of its groups open)
    String theme = "themes/curriculum.html";
    String label =
        RealBuild.site().page(theme).selectFirst("details.subtopic-papers > summary").text();
    assertTrue(label.startsWith("Show the "), label);
    try {
      browser.open(server.url(theme));
      String screen = (String) browser.script("return document.body.innerText;");
      assertTrue(screen.contains(label), "on screen the label unfolds a group");
      browser.media("print");
      browser.script("window.dispatchEvent(new Event('beforeprint'));");
      String printed = (String) browser.script("return document.body.innerText;");
      assertFalse(printed.contains(label), "a group's label printed");
      assertFalse(printed.contains("Show the "), "a toggle's label printed");
      // the papers themselves print
      Number papers =
          (Number)
              browser.script(
                  "return [...document.querySelectorAll('.subtopic .paper-item')]"
                      + ".filter(e => e.getBoundingClientRect().height > 0).length;");
      assertEquals(
          RealBuild.site().page(theme).select(".subtopic .paper-item").size(), papers.intValue());
      browser.script("window.dispatchEvent(new Event('afterprint'));");
    } finally {
      browser.media("");
    }
  }

  @Test
  void theMapFitsAPhonesWidthAndKeepsItsDesktopLook() {
    try {
      browser.viewport(DESKTOP, 900, false);
      browser.open(server.url("map.html"));
      @SuppressWarnings("unchecked")
      Map<String, Object> desktop = (Map<String, Object>) browser.script(MEASURE);
      browser.viewport(PHONE, 844, true);
      browser.open(server.url("map.html"));
      @SuppressWarnings("unchecked")
      Map<String, Object> phone = (Map<String, Object>) browser.script(MEASURE);
      System.out.printf("map at %d px: %s; at %d px: %s%n", DESKTOP, desktop, PHONE, phone);
      // review 7: at 390 px the map was 220% of the screen, "Reasoning" off it at first view
      assertTrue(num(phone, "svgRight") <= num(phone, "screen"), phone.toString());
      assertTrue(num(phone, "svgLeft") >= 0, phone.toString());
      assertTrue(num(phone, "scrollWidth") <= num(phone, "screen"), "the page scrolls sideways");
      assertEquals(num(phone, "labels"), num(phone, "labelsInView"), "a region name off screen");
      // drawn small, its points, labels and title band are drawn larger in the map's units
      assertTrue(num(phone, "point") >= 7.5, "points to see and tap: " + phone);
      assertTrue(num(phone, "label") >= 12, "region names to read: " + phone);
      assertTrue(num(phone, "readout") >= 10.5, "the title band's text: " + phone);
      // the desktop map is as it was: the width of the column, its points 10 units across
      assertTrue(num(desktop, "svgWidth") >= 900, desktop.toString());
      assertEquals(10, num(desktop, "pointUnits"), 0.1, desktop.toString());
    } finally {
      browser.viewport(DESKTOP, 900, false);
    }
  }

  private static final String MEASURE =
      "const svg = document.querySelector('.map svg'); const r = svg.getBoundingClientRect();"
          + " const scale = r.width / svg.viewBox.baseVal.width;"
          + " const labels = [...svg.querySelectorAll('.map-label')].map(t => t.getBoundingClientRect());"
          + " const c = svg.querySelector('circle');"
          + " return {screen: document.documentElement.clientWidth,"
          + " scrollWidth: document.documentElement.scrollWidth,"
          + " svgLeft: r.left, svgRight: r.right, svgWidth: r.width,"
          + " point: c.getBoundingClientRect().width,"
          + " pointUnits: c.getBoundingClientRect().width / scale,"
          + " labels: labels.length,"
          + " labelsInView: labels.filter(l => l.left >= 0 && l.right <= document.documentElement.clientWidth).length,"
          + " label: Math.min(...[...svg.querySelectorAll('.map-label')].map(t => parseFloat(getComputedStyle(t).fontSize))) * scale,"
          + " readout: parseFloat(getComputedStyle(svg.querySelector('.readout')).fontSize) * scale};";

  private static double num(Map<String, Object> map, String key) {
    return ((Number) map.get(key)).doubleValue();
  }
}
