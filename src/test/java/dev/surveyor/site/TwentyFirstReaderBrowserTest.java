package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fresh reader's findings (reader21) in headless Chromium on the real survey: the All papers
 * status names every choice that narrows the list (the reader saw "Showing 17 of 469" with the
 * theme set to Reasoning, 206 papers, and words left in the filter), and its counts agree with
 * their verbs ("The 1 with a date comes first").
 */
class TwentyFirstReaderBrowserTest extends RealSurveyInBrowser {

  @Test
  void theStatusNamesTheThemeAndTheWordsThatNarrowTheList() {
    List<Number> counts = open("papers.html?theme=reasoning&filter=grpo&sort=newest");
    int shown = counts.get(0).intValue();
    int all = counts.get(1).intValue();
    assertTrue(shown > 0 && shown < 206, "GRPO narrows Reasoning's 206: " + shown);
    assertTrue(
        status()
            .startsWith(
                "Showing " + shown + " of " + all + " papers: in Reasoning, matching “grpo”."),
        status());
    open("papers.html?theme=other&filter=curriculum%20ordering");
    assertEquals(
        "No paper matches “curriculum ordering”, in Other papers. Clear the filter or choose another"
            + " theme.",
        status());
  }

  @Test
  void oneDatedPaperComesFirstInTheSingular() {
    List<Number> counts = open("papers.html?filter=prefix&sort=newest");
    int shown = counts.get(0).intValue();
    int dated = counts.get(2).intValue();
    assertEquals(1, dated, "one dated paper mentions prefix");
    assertTrue(
        status()
            .endsWith(
                " The 1 with a date comes first; the other "
                    + (shown - 1)
                    + (shown == 2 ? " has none and follows" : " have none and follow")
                    + " in the page's order."),
        status());
  }

  /** Opens a page once its status is written: the papers shown, of all, and the dated shown. */
  @SuppressWarnings("unchecked")
  private static List<Number> open(String page) {
    browser.open(server.url(page));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> !status().isEmpty() && !status().startsWith("Searching"));
    return (List<Number>)
        browser.script(
            "const all = [...document.querySelectorAll('#papers li.paper-item')];"
                + "const shown = all.filter(li => !li.hidden && li.closest('[hidden]') === null);"
                + "return [shown.length, all.length,"
                + " shown.filter(li => li.hasAttribute('data-date')).length];");
  }

  private static String status() {
    return String.valueOf(
        browser.script("return document.querySelector('.list-status').textContent"));
  }
}
