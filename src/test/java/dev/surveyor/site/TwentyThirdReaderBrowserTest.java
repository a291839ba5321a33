package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fresh reader's findings (reader23) in headless Chromium on the real survey: with words in the
 * filter a theme page and All papers list the best match first, and the Sort menu said "Sub-topics"
 * or "Title A–Z" beside it; its first choice now names the order shown, and names the page's own
 * again once the filter is cleared.
 */
class TwentyThirdReaderBrowserTest extends RealSurveyInBrowser {

  @Test
  void withWordsInTheFilterTheSortMenuSaysBestMatchFirstAsTheCountDoes() {
    for (String page : List.of("themes/reasoning.html", "papers.html")) {
      open(page);
      String own = chosenSort();
      assertEquals(page.equals("papers.html") ? "Title A–Z" : "Sub-topics", own, page);

      open(page + "?filter=curriculum");
      assertTrue(status().contains(", best match first"), page + ": " + status());
      assertEquals("Best match first", chosenSort(), page);

      browser.script(
          "const f = document.getElementById('list-filter'); f.value = '';"
              + " f.dispatchEvent(new Event('input', {bubbles: true}));");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
          .until(d -> !status().contains("best match"));
      assertEquals(own, chosenSort(), page + ": the page's own order again");

      // A sort chosen with words typed keeps its own name: only search's order renames the first.
      open(page + "?filter=curriculum&sort=newest");
      assertEquals("Newest first", chosenSort(), page);
      assertTrue(!status().contains("best match"), status());
    }
  }

  private static void open(String page) {
    browser.open(server.url(page));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> !status().startsWith("Searching"));
  }

  private static String chosenSort() {
    return String.valueOf(
        browser.script(
            "const s = document.getElementById('list-sort');"
                + " return s.options[s.selectedIndex].textContent;"));
  }

  private static String status() {
    return String.valueOf(
        browser.script("return document.querySelector('.list-status').textContent"));
  }
}
