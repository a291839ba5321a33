package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 22 §8 in headless Chromium, without scripts of ours doing the work: a long entity page is
 * short until a reader opens a group, and opening one shows its papers; Methodology's contents
 * links bring their sections to the top of the window.
 */
class LongPagesBrowserTest extends RealSurveyInBrowser {
  @Test
  void reinforcementLearningsPageShowsItsGroupsFirstAndAFoldOpensOnAClick() {
    browser.viewport(1280, 900, false);
    browser.open(server.url("entities/reinforcement-learning.html"));
    // 20,518 px as one list per theme before
    assertTrue(height() < 7_000, height() + " px");
    @SuppressWarnings("unchecked")
    Map<String, Object> fold =
        (Map<String, Object>)
            browser.script(
                "const d = document.querySelector('#theme-reasoning details.subtopic-papers');"
                    + "const heading = d.closest('section.subtopic').querySelector('h3 .count');"
                    + "const count = parseInt(heading.textContent.replace(/[^0-9]/g, ''), 10);"
                    + "const shown = () => [...d.querySelectorAll('li')]"
                    + "  .filter(li => li.checkVisibility()).length;"
                    + "const before = shown();"
                    + "d.querySelector('summary').click();"
                    + "return {before: before, after: shown(), all: d.querySelectorAll('li').length,"
                    + " count: count};");
    assertEquals(0, ((Number) fold.get("before")).intValue(), fold.toString());
    // the fold holds, and opens to, as many papers as its heading counts (34 since groups12)
    int count = ((Number) fold.get("count")).intValue();
    assertTrue(count > 20, fold.toString());
    assertEquals(count, ((Number) fold.get("all")).intValue(), fold.toString());
    assertEquals(count, ((Number) fold.get("after")).intValue(), fold.toString());
    browser.viewport(390, 844, true);
    browser.open(server.url("entities/reinforcement-learning.html"));
    // 34,801 px before
    assertTrue(height() < 10_000, height() + " px on a phone");
  }

  @Test
  void methodologysContentsLinksBringTheirSectionsToTheTop() {
    browser.viewport(1280, 900, false);
    browser.open(server.url("methodology.html"));
    @SuppressWarnings("unchecked")
    Map<String, Object> jumps =
        (Map<String, Object>)
            browser.script(
                "const out = {};"
                    + "for (const a of document.querySelectorAll('nav.page-contents a')) {"
                    + "  a.click();"
                    + "  const h = document.getElementById(a.hash.slice(1));"
                    + "  out[a.textContent] = Math.round(h.getBoundingClientRect().top);"
                    + "}"
                    + "return out;");
    assertEquals(6, jumps.size(), jumps.toString());
    // the last sections cannot scroll to the very top of a short page's end
    jumps.forEach(
        (section, top) ->
            assertTrue(
                ((Number) top).intValue() >= 0 && ((Number) top).intValue() < 900,
                section + " in view: " + jumps));
  }

  private static double height() {
    return ((Number) browser.script("return document.documentElement.scrollHeight;")).doubleValue();
  }
}
