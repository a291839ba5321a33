package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.RealBuild;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A paper page's link to its sub-topic lands on that group, opened, in a real browser. */
class SubtopicLinkBrowserTest extends RealSurveyInBrowser {

  @Test
  void theSubtopicLinkOfAPaperPageOpensItsGroupWithThePaperInSight() {
    String page =
        RealBuild.site().pages().stream()
            .filter(p -> p.startsWith("papers/"))
            .filter(p -> !RealBuild.site().page(p).select(".paper-groups a").isEmpty())
            .findFirst()
            .orElseThrow();
    browser.viewport(1280, 900, false);
    browser.open(server.url(page));
    String title = (String) browser.script("return document.querySelector('h1').textContent");
    browser.driver().findElement(By.cssSelector(".paper-groups a")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> String.valueOf(browser.script("return location.hash")).startsWith("#topic-"));
    String id = String.valueOf(browser.script("return location.hash.slice(1)"));
    assertEquals(
        Boolean.TRUE,
        browser.script(
            // a group of three or fewer papers is shown open, without a fold
            "const d = document.getElementById('"
                + id
                + "').querySelector('details'); return d === null || d.open"),
        "group " + id + " is folded");
    // the paper is listed, visible, inside the group the link named
    assertTrue(listed(id, title), "paper " + title + " not visible in group " + id);
  }

  private static boolean listed(String id, String title) {
    Object found =
        browser.script(
            "var t = "
                + quote(title.strip())
                + "; return Array.from(document.getElementById('"
                + id
                + "').querySelectorAll('.paper-title a')).some(a => a.textContent.trim() === t &&"
                + " a.getClientRects().length > 0);");
    return Boolean.TRUE.equals(found);
  }

  private static String quote(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
