package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A fresh reader's findings (reader19) in headless Chromium on the real survey: the list of all
 * papers says the order it shows and drops its letters out of alphabetical order; a long entity
 * page opens all its groups with one button, as a theme page does.
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

  /** The button's text or null when there is none, whether it shows, open groups, all groups. */
  @SuppressWarnings("unchecked")
  private static List<Object> folds() {
    return (List<Object>)
        browser.script(
            "const b = document.querySelector('.fold-all'),"
                + " d = [...document.querySelectorAll('details.subtopic-papers')];"
                + "return [b && b.textContent, !!b && b.checkVisibility(),"
                + " d.filter(x => x.open).length, d.length];");
  }

  @Test
  void aLongEntityPageOpensEveryGroupWithOneButton() {
    // SFT's page folded 26 groups and opening them took 26 clicks; theme pages had the button
    browser.viewport(1280, 900, false);
    for (String page : List.of("entities/sft.html", "entities/llama.html")) {
      browser.open(server.url(page));
      List<Object> shut = folds();
      assertEquals(List.of("Open every group", true, 0L), shut.subList(0, 3), page);
      assertTrue(((Number) shut.get(3)).intValue() >= 10, page + ": " + shut);
      browser.driver().findElement(By.cssSelector(".fold-all")).click();
      assertEquals(List.of("Fold every group", true, shut.get(3), shut.get(3)), folds(), page);
      assertEquals(
          0L,
          browser.script(
              "return [...document.querySelectorAll('#entity-papers li.paper-item')]"
                  + ".filter(li => !li.checkVisibility()).length"),
          page + ": every paper in sight");
      browser.driver().findElement(By.cssSelector(".fold-all")).click();
      assertEquals(List.of("Open every group", true, 0L, shut.get(3)), folds(), page);
    }
    // a short entity page folds nothing and offers nothing
    browser.open(server.url("entities/adapters.html"));
    assertEquals(List.of(false, 0L, 0L), folds().subList(1, 4));
  }
}
