package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fresh reader's findings (reader19) in headless Chromium on the real survey: the list of all
 * papers says the order it shows and drops its letters out of alphabetical order.
 */
class NineteenthReaderBrowserTest extends RealSurveyInBrowser {
  /** The lead's words and whether the letters index and the grouping note are in sight. */
  @SuppressWarnings("unchecked")
  private static List<Object> allPapersHeader() {
    return (List<Object>)
        browser.script(
            "return [document.querySelector('.page-header .lead').textContent,"
                + " document.getElementById('letters').checkVisibility(),"
                + " document.querySelector('#papers > p.note').checkVisibility()];");
  }

  private static void sortBy(String value) {
    browser.script(
        "const s = document.getElementById('list-sort'); s.value = '"
            + value
            + "'; s.dispatchEvent(new Event('change', {bubbles: true}));");
  }

  @Test
  void allPapersSaysItsOrderAndShowsTheLettersOnlyWhenAlphabetical() {
    browser.viewport(1280, 900, false);
    browser.open(server.url("papers.html"));
    assertEquals(List.of("469 papers, alphabetical.", true, true), allPapersHeader());
    // it read "469 papers, alphabetical." over the newest paper first, under letters that led
    // nowhere
    sortBy("newest");
    assertEquals(List.of("469 papers, newest first.", false, false), allPapersHeader());
    sortBy("oldest");
    assertEquals(List.of("469 papers, oldest first.", false, false), allPapersHeader());
    sortBy("");
    assertEquals(List.of("469 papers, alphabetical.", true, true), allPapersHeader());
    // an order in the address is named as soon as the page shows
    browser.open(server.url("papers.html?sort=newest"));
    assertEquals(List.of("469 papers, newest first.", false, false), allPapersHeader());
  }
}
