package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.Browser;
import dev.surveyor.support.RealBuild;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Review 10's search findings on the real survey, run by the pages' own scripts in headless
 * Chromium from disk: a count line says what matched on its page, briefly, and a natural query of
 * several words also lists, apart and labelled, the papers missing one of its words.
 */
class TenthReviewBrowserTest {
  private static final String TEACHERS = "Large Language Models Are Reasoning Teachers";
  private static final String SPECULATIVE = // a small model guided by a large one: no "distill"
      "Speculative Thinking: Enhancing Small-Model Reasoning with Large Model Guidance at"
          + " Inference Time";

  private static Path out;
  private static Browser browser;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() {
    out = RealBuild.out();
    browser = Browser.start();
    driver = browser.driver();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  private static String searchStatus(String query) {
    driver.get(out.resolve("search.html").toUri() + "?q=" + query.replace(" ", "+"));
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
    return driver.findElement(By.id("search-status")).getText();
  }

  private static String filterStatus(String page, String query) {
    driver.get(out.resolve(page).toUri() + "?filter=" + query.replace(" ", "+"));
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d -> {
              String text = d.findElement(By.className("list-status")).getText();
              return !text.isEmpty() && !text.startsWith("Searching");
            });
    return driver.findElement(By.className("list-status")).getText();
  }

  private static List<String> titles(String list) {
    return driver.findElements(By.cssSelector("#" + list + " .paper-title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void aQueryWordThatNamesAThemeIsReadAsAWordAmongOthers() {
    // "8 papers in the Reasoning theme; 2 more match “distill reasoning small models”"
    String status = searchStatus("distill reasoning small models");
    assertFalse(status.contains("theme"), status);
    int all = titles("search-results").size();
    // the list holds those with all four words, then those whose titles hold the other three
    var said =
        java.util.regex.Pattern.compile(
                "^(\\d+) papers have all four words of \u201cdistill reasoning small models\u201d"
                    + "(?: \\([^)]*\\))?(?:, (\\d+) more have three of them in their titles)?;")
            .matcher(status);
    assertTrue(said.find(), status);
    int more = said.group(2) == null ? 0 : Integer.parseInt(said.group(2));
    assertEquals(all, Integer.parseInt(said.group(1)) + more, status);
  }

  @Test
  void papersMissingOneWordFollowThoseWithAllUnderTheirOwnHeading() {
    searchStatus("distill reasoning small models");
    List<String> full = titles("search-results");
    assertTrue(full.size() >= 5, full.toString());
    // it never writes "distill" but "teacher", the word's curated synonym (survey.md)
    assertTrue(full.contains(TEACHERS), full.toString());
    WebElement heading = driver.findElement(By.id("search-near-heading"));
    assertTrue(heading.isDisplayed());
    assertEquals("With three of the four words", heading.getText());
    List<String> near = titles("search-near");
    // the first page of results reaches it: 20 in all, the full matches first
    assertEquals(20, full.size() + near.size());
    // Speculative Thinking never writes "distill"; its title holds the other three words, so it
    // comes with those having all four (review 13), not under the heading
    assertTrue(full.contains(SPECULATIVE) && !near.contains(SPECULATIVE), full.toString());
    assertTrue(full.indexOf(SPECULATIVE) > full.indexOf(TEACHERS), full.toString());
    String status = driver.findElement(By.id("search-status")).getText();
    assertTrue(status.matches(".*; below them, [0-9,]+ have three\\."), status);
    // A query of two words lists there only the papers whose title holds one of them (search18:
    // "catastrophic forgetting" missed "Mitigating Visual Forgetting ..."), said as such.
    searchStatus("catastrophic forgetting");
    assertEquals(
        "With one of the two words in the title",
        driver.findElement(By.id("search-near-heading")).getText());
    assertTrue(
        titles("search-near").stream().anyMatch(t -> t.startsWith("Mitigating Visual Forgetting")),
        titles("search-near").toString());
    // A query of one part shows no such part.
    searchStatus("lora");
    assertFalse(driver.findElement(By.id("search-near-heading")).isDisplayed());
    assertTrue(titles("search-near").isEmpty());
  }

  @Test
  void aThemePagesFilterSaysWhatItsOwnPapersMatch() {
    // The Other page holds no Curriculum paper: "0 papers in the Curriculum learning theme; 3
    // mention 'curriculum'" said nothing about them.
    String other = filterStatus("themes/other.html", "curriculum");
    assertFalse(other.contains("theme"), other);
    assertTrue(other.contains(" papers mention \u201ccurriculum\u201d."), other);
    assertFalse(other.contains(" 0 "), other);
  }

  @Test
  void aStatusLineIsShort() {
    // "process reward model" said each figure twice ("In all, 2 papers mention ..., as its
    // entity page counts") though no paper outside its sub-topic mentions it.
    String status = searchStatus("process reward model");
    assertFalse(status.contains("In all"), status);
    assertTrue(status.split(" ").length <= 20, status);
    for (String query : List.of("curriculum", "LoRA", "instruction tuning", "GRPO")) {
      String line = searchStatus(query);
      assertTrue(line.split(" ").length <= 30, line);
    }
  }
}
