package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A fresh reader's findings (reader20) in headless Chromium on the real survey: a title-only
 * paper's Cite section leads with where to find the full entry, in the abstract's measure, and
 * folds the stub, whose copy button works once it is opened; a chip whose words wrap (on a phone,
 * "Group Relative Policy Optimization (GRPO) · named in 17 papers") stays a rounded box, not a blob
 * of a pill.
 */
class TwentiethReaderBrowserTest extends RealSurveyInBrowser {
  private static final String STUB_PAPER =
      "papers/language-models-show-human-like-content-effects-on-reasoning.html";

  @Test
  @SuppressWarnings("unchecked")
  void aTitleOnlyEntryLeadsWithItsLookupsInTheMeasureAndFoldsTheStub() {
    for (int width : new int[] {1280, 390}) {
      browser.viewport(width, 900, width < 600);
      browser.open(server.url(STUB_PAPER));
      List<Object> seen =
          (List<Object>)
              browser.script(
                  "const l = document.querySelector('.cite-lookup'),"
                      + " a = document.querySelector('p.abstract'),"
                      + " pre = document.getElementById('bibtex');"
                      + "return [l.checkVisibility(), pre.checkVisibility(),"
                      + " Math.round(l.getBoundingClientRect().width),"
                      + " Math.round(a.getBoundingClientRect().width)];");
      assertEquals(List.of(true, false), seen.subList(0, 2), width + ": " + seen);
      assertTrue(
          ((Number) seen.get(2)).intValue() <= ((Number) seen.get(3)).intValue() + 1,
          width + ": the lookup is wider than the abstract: " + seen);
    }
    browser.driver().findElement(By.cssSelector("details.cite-stub > summary")).click();
    assertEquals(
        List.of(true, true),
        browser.script(
            "return [document.getElementById('bibtex').checkVisibility(),"
                + " document.querySelector('.cite-stub .copy-button').checkVisibility()];"));
  }

  @Test
  void aWrappedChipStaysARoundedBox() {
    browser.viewport(390, 900, true);
    browser.open(server.url("themes/reasoning.html"));
    Object radius =
        browser.script(
            "const c = [...document.querySelectorAll('.profile a.chip')]"
                + ".find(x => x.getClientRects().length > 1"
                + " || x.getBoundingClientRect().height > 30);"
                + "return c ? parseFloat(getComputedStyle(c).borderTopLeftRadius) : -1;");
    double r = ((Number) radius).doubleValue();
    assertTrue(r > 0 && r <= 16, "a wrapped chip's corner radius: " + r);
  }
}
