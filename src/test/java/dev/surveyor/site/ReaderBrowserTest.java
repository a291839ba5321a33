package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reader's review (review3) in headless Chromium on the real survey: on a phone a paper page
 * shows the paper, not the scoring, which a tap unfolds and a print shows whole; the way back up
 * from a long list lands on its contents and lies over nothing.
 */
class ReaderBrowserTest extends RealSurveyInBrowser {
  // The paper whose scoring was tallest: 1,106 px of phrases and points at 390 px (two themes, one
  // a curator took out), under a page 4,598 px tall.
  private static final String PAPER =
      "papers/select2reason-efficient-instruction-tuning-data-selection.html";
  private static final int PHONE = 390;

  @SuppressWarnings("unchecked")
  private static Map<String, Object> layout() {
    return (Map<String, Object>)
        browser.script(
            "const top = id => Math.round(document.getElementById(id).getBoundingClientRect().top + scrollY);"
                + "const shown = s => [...document.querySelectorAll(s)].filter(e => e.checkVisibility()).length;"
                + "return {related: top('related-heading'), why: top('why-heading'),"
                + " whyHeight: Math.round(document.querySelector('section.why').getBoundingClientRect().height),"
                + " height: document.documentElement.scrollHeight,"
                + " evidence: document.querySelectorAll('.scoring .evidence li').length,"
                + " evidenceShown: shown('.scoring .evidence li'),"
                + " sources: document.querySelectorAll('.for-curators .sources li').length,"
                + " sourcesShown: shown('.for-curators .sources li'),"
                + " standingsShown: shown('.standings li')};");
  }

  private static int num(Map<String, Object> map, String key) {
    return ((Number) map.get(key)).intValue();
  }

  @Test
  void onAPhoneAPaperPageShowsThePaperAndFoldsItsScoringWhichPrintsWhole() {
    try {
      browser.viewport(PHONE, 844, true);
      browser.media("");
      browser.open(server.url(PAPER));
      Map<String, Object> phone = layout();
      System.out.printf("%s at %d px: %s%n", PAPER, PHONE, phone);
      assertTrue(num(phone, "related") < num(phone, "why"), "related papers first: " + phone);
      assertTrue(num(phone, "evidence") >= 10, phone.toString());
      assertEquals(0, num(phone, "evidenceShown"), "the phrases are folded: " + phone);
      assertEquals(2, num(phone, "standingsShown"), "each theme in a few words: " + phone);
      // it was 1,106 px of phrases; folded, the heading, two lines and the line that unfolds it
      assertTrue(num(phone, "whyHeight") < 260, "scoring section " + phone);
      // one tap on the plain line unfolds it, without a script of the page's
      WebElement summary = browser.driver().findElement(By.cssSelector("details.scoring summary"));
      browser.script(
          "document.querySelector('details.scoring summary').scrollIntoView({block: 'center'})");
      summary.click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
          .until(d -> num(layout(), "evidenceShown") == num(phone, "evidence"));
      summary.click();
      // a print shows it whole: the stylesheet unfolds it ...
      browser.media("print");
      Map<String, Object> printed = layout();
      assertEquals(num(printed, "evidence"), num(printed, "evidenceShown"), printed.toString());
      assertTrue(num(printed, "sources") >= 1, printed.toString());
      // but not the curators' file paths (sources/….txt:725), which no reader of paper can open
      assertEquals(0, num(printed, "sourcesShown"), printed.toString());
      browser.media("");
      // ... and print.js opens them for browsers where it cannot, folding them again after
      browser.script("window.dispatchEvent(new Event('beforeprint'));");
      assertEquals(
          0L,
          browser.script(
              "return document.querySelectorAll('details.print-open:not([open])').length;"));
      browser.script("window.dispatchEvent(new Event('afterprint'));");
      assertEquals(
          0L,
          browser.script("return document.querySelectorAll('details.print-open[open]').length;"));
    } finally {
      browser.media("");
      browser.viewport(1280, 900, false);
    }
  }

  @Test
  void sortingByDateSaysThatThePapersWithoutOneFollowInThePagesOrder() {
    // Newest first put the 88 dated papers first and the 381 others after them, A-Z, unsaid.
    browser.viewport(1280, 900, false);
    for (String page : List.of("papers.html", "themes/reasoning.html")) {
      browser.open(server.url(page + "?sort=newest"));
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
          .until(
              d ->
                  !String.valueOf(
                          browser.script(
                              "return document.querySelector('.list-status').textContent"))
                      .isEmpty());
      @SuppressWarnings("unchecked")
      List<Number> counts =
          (List<Number>)
              browser.script(
                  "const items = [...document.querySelectorAll('#papers li.paper-item:not([hidden])')]"
                      + ".filter(li => li.closest('[hidden]') === null);"
                      + "const dated = items.filter(li => li.hasAttribute('data-date')).length;"
                      + "const firstUndated = items.findIndex(li => !li.hasAttribute('data-date'));"
                      + "return [items.length, dated, firstUndated];");
      int all = counts.get(0).intValue();
      int dated = counts.get(1).intValue();
      assertTrue(dated > 0 && dated < all, page + ": " + counts);
      assertEquals(dated, counts.get(2).intValue(), page + ": the dated papers come first");
      assertEquals(
          "The "
              + dated
              + " with a date come first; the other "
              + (all - dated)
              + " have none and follow in the page's order.",
          browser.script("return document.querySelector('.list-status').textContent"),
          page);
    }
  }

  /** The button's text and whether it shows; how many groups are open, of how many. */
  @SuppressWarnings("unchecked")
  private static List<Object> folds() {
    return (List<Object>)
        browser.script(
            "const b = document.querySelector('.fold-all'), d = [...document.querySelectorAll('details.subtopic-papers')];"
                + "return [b.textContent, b.checkVisibility(), d.filter(x => x.open).length, d.length];");
  }

  @Test
  void oneButtonOpensEveryGroupOfALongListAndFoldsThemAgain() {
    // Reading all of All papers took 24 clicks, one per letter; Reasoning 9, one per sub-topic.
    browser.viewport(1280, 900, false);
    for (String page : List.of("papers.html", "themes/reasoning.html")) {
      browser.open(server.url(page));
      List<Object> shut = folds();
      assertEquals(List.of("Open every group", true, 0L), shut.subList(0, 3), page);
      assertTrue(((Number) shut.get(3)).intValue() >= 5, page + ": " + shut);
      browser.driver().findElement(By.cssSelector(".fold-all")).click();
      List<Object> open = folds();
      assertEquals(List.of("Fold every group", true, shut.get(3), shut.get(3)), open, page);
      assertEquals(
          0L,
          browser.script(
              "return [...document.querySelectorAll('#papers li.paper-item')].filter(li => !li.checkVisibility()).length"),
          page + ": every paper in sight");
      // a group the reader folds makes the button offer to open them all again
      browser.script("document.querySelector('details.subtopic-papers').open = false;");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
          .until(d -> "Open every group".equals(folds().get(0)));
      browser.driver().findElement(By.cssSelector(".fold-all")).click();
      browser.driver().findElement(By.cssSelector(".fold-all")).click();
      assertEquals(0L, folds().get(2), page + ": all folded again");
      // another order gathers the papers into one list: nothing to open then
      browser.open(server.url(page + "?sort=newest"));
      assertEquals(Boolean.FALSE, folds().get(1), page);
    }
  }

  /** The viewport top of the element {@code id} and whether it is in sight. */
  private static List<Object> inSight(String id) {
    @SuppressWarnings("unchecked")
    List<Object> at =
        (List<Object>)
            browser.script(
                "const r = document.getElementById('"
                    + id
                    + "').getBoundingClientRect(); return [Math.round(r.top), r.top >= -1 && r.top < innerHeight / 2];");
    return at;
  }

  @Test
  void theWayBackUpFromALongListLandsOnItsContentsAndLiesOverNothing() {
    try {
      browser.viewport(PHONE, 844, true);
      for (List<String> page :
          List.of(
              List.of("themes/reasoning.html", "details.subtopic-papers", "subtopics"),
              List.of("papers.html", "details.subtopic-papers", "letters"))) {
        browser.open(server.url(page.get(0)));
        // open the first group, as a reader does, and read to its end
        browser.driver().findElement(By.cssSelector(page.get(1) + " > summary")).click();
        String link = page.get(1) + " > .to-top a";
        browser.script("document.querySelector('" + link + "').scrollIntoView({block: 'end'});");
        assertEquals(Boolean.FALSE, inSight(page.get(2)).get(1), page + ": scrolled away");
        // in the flow of the page: it lies over no text, at any scroll
        assertEquals(
            "static",
            browser.script(
                "return getComputedStyle(document.querySelector('"
                    + link
                    + "').closest('.to-top')).position"));
        browser.driver().findElement(By.cssSelector(link)).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
            .until(d -> Boolean.TRUE.equals(inSight(page.get(2)).get(1)));
        assertTrue(
            String.valueOf(browser.script("return location.hash")).equals("#" + page.get(2)),
            page.toString());
      }
      // and the end of a page leads to its top
      browser.open(server.url("themes/reasoning.html"));
      browser.script("window.scrollTo(0, document.documentElement.scrollHeight)");
      browser.driver().findElement(By.cssSelector("#papers > .to-top a")).click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
          .until(d -> ((Number) browser.script("return scrollY")).intValue() == 0);
    } finally {
      browser.viewport(1280, 900, false);
    }
  }
}
