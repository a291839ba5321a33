package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.RealBuild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page and the sortable lists of the real survey in headless Chromium, opened from disk
 * ({@code file://}), the hardest place for a static site's scripts to work.
 */
class SearchBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final String MASKED_THOUGHT =
      "Masked Thought: Simply Masking Partial Reasoning Steps Can Improve Mathematical Reasoning"
          + " Learning of Language Models";

  private static Path out;
  private static ChromeDriver driver;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() {
    boolean browser = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (System.getenv("CI") == null) {
      Assumptions.assumeTrue(
          browser, "Chromium and chromedriver are not installed (.ci/run installs them)");
    }
    assertTrue(browser, "CI needs Chromium and chromedriver");
    out = RealBuild.out();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  @AfterEach
  void noConsoleErrors() {
    List<String> errors = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
        errors.add(entry.getMessage());
      }
    }
    assertEquals(List.of(), errors, "console errors or warnings");
  }

  /** Opens a page of the built site from disk; {@code path} may end in a query. */
  private static void open(String path) {
    int query = path.indexOf('?');
    String file = query < 0 ? path : path.substring(0, query);
    driver.get(out.resolve(file).toUri() + (query < 0 ? "" : path.substring(query)));
  }

  private static List<String> resultTitles() {
    return strings(
        "return Array.from(document.querySelectorAll('#search-results .paper-title a'), a => a.textContent)");
  }

  private static String status() {
    return driver.findElement(By.id("search-status")).getText();
  }

  /** Waits until the results say something new, then returns the titles. */
  private static List<String> resultsAfter(String previousStatus) {
    wait.until(
        d -> {
          String now = status();
          return !now.isEmpty() && !now.equals(previousStatus);
        });
    return resultTitles();
  }

  /** How many papers the status says were found ("12 papers for ..."). */
  private static int found() {
    return Integer.parseInt(status().replaceAll("^(\\d+) papers? .*", "$1"));
  }

  private static String query() {
    return (String) ((JavascriptExecutor) driver).executeScript("return location.search");
  }

  @Test
  void typingADistinctiveTitlePutsThatPaperFirstAndKeepsTheQueryInTheAddress() {
    open("search.html");
    WebElement box = driver.findElement(By.id("search-q"));
    box.sendKeys("masked thought");
    List<String> titles = resultsAfter("");
    assertEquals(MASKED_THOUGHT, titles.get(0));
    assertEquals("?q=masked+thought", query());
    List<WebElement> marks =
        driver.findElements(By.cssSelector("#search-results li:first-child .paper-title mark"));
    assertEquals(
        List.of("Masked", "Thought", "Masking"),
        marks.stream().map(WebElement::getText).toList(),
        "whole words and words they begin are marked, without punctuation");
  }

  @Test
  void anEmptySearchSaysNothingUntilAskedAndAThemeFilterAloneListsTheTheme() {
    open("search.html");
    // The script hides the submit button as it starts, after its first run over the empty form.
    wait.until(
        d -> !d.findElement(By.cssSelector("form.search-form button[type=submit]")).isDisplayed());
    assertEquals("", status(), "no 'not found' before anything was asked");
    new Select(driver.findElement(By.id("search-theme"))).selectByValue("reasoning");
    String filtered = resultsAfter("").isEmpty() ? "" : status();
    assertTrue(filtered.matches("\\d+ papers \\(Reasoning\\)\\."), filtered);
  }

  @Test
  void aResultsDateAndUpvotesAreSetApartAsInTheLists() {
    // review 4: "16 Jun 4 upvotes" read as one figure; the lists write "16 Jun · 4 upvotes"
    open("search.html?q=reasoning");
    resultsAfter("");
    List<String> both =
        strings(
            "return Array.from(document.querySelectorAll('#search-results .paper-meta'))"
                + ".filter(p => p.querySelector('.date') && p.querySelector('.upvotes'))"
                + ".map(p => p.querySelector('.date').textContent"
                + " + p.querySelector('.date').nextSibling.textContent"
                + " + p.querySelector('.upvotes').textContent)");
    assertFalse(both.isEmpty(), "some result has a date and upvotes");
    for (String meta : both) {
      assertTrue(meta.matches("\\d{1,2} \\w{3}( \\d{4}\\*?)? \u00b7 \\d+ upvotes?"), meta);
    }
  }

  @Test
  void aDeepLinkSearchesOnArrival() {
    open("search.html?q=lora+safety");
    assertEquals("lora safety", driver.findElement(By.id("search-q")).getAttribute("value"));
    assertEquals(
        "LoRA Fine-tuning Efficiently Undoes Safety Training in Llama 2-Chat 70B",
        resultsAfter("").get(0));
  }

  @Test
  void theThemeFilterNarrowsTheResultsAndThinDatesGetNoYearFilter() {
    open("search.html?q=reasoning");
    resultsAfter("");
    int all = found();
    String before = status();
    new Select(driver.findElement(By.id("search-theme"))).selectByValue("peft");
    resultsAfter(before);
    int peft = found();
    assertTrue(peft > 0 && peft < all, peft + " of " + all);
    for (String meta :
        strings(
            "return Array.from(document.querySelectorAll('#search-results .paper-meta'), p => p.textContent)")) {
      assertTrue(meta.contains("Parameter-efficient fine-tuning"), meta);
    }
    assertEquals("?q=reasoning&theme=peft", query());

    // 88 of the 469 papers have a date: too few to filter by, so there is no year filter
    assertTrue(driver.findElements(By.id("search-year")).isEmpty());
    open("search.html?q=reasoning&year=2024");
    resultsAfter("");
    assertEquals(all, found(), "a year in an old address narrows nothing");
  }

  @Test
  void arrowKeysMoveThroughResultsAndEnterOpensOne() {
    open("search.html?q=chain+of+thought");
    List<String> titles = resultsAfter("");
    WebElement box = driver.findElement(By.id("search-q"));
    box.sendKeys(Keys.ARROW_DOWN);
    assertEquals(titles.get(0), driver.switchTo().activeElement().getText());
    driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
    assertEquals(titles.get(1), driver.switchTo().activeElement().getText());
    driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP, Keys.ARROW_UP);
    assertEquals("search-q", driver.switchTo().activeElement().getAttribute("id"));
    driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ENTER);
    wait.until(d -> d.getCurrentUrl().contains("/papers/"));
    assertEquals(titles.get(1), driver.findElement(By.tagName("h1")).getText());
  }

  @Test
  void theHeaderSearchOfAnyPageLeadsToResults() {
    open("papers/masked-thought-simply-masking-partial-reasoning-steps-can.html");
    WebElement box = driver.findElement(By.id("site-search-q"));
    box.sendKeys("masked thought", Keys.ENTER);
    wait.until(d -> d.getCurrentUrl().contains("search.html?q=masked+thought"));
    assertEquals(MASKED_THOUGHT, resultsAfter("").get(0));
  }

  @Test
  void sortingAThemeByDateReordersItNewestFirstAndTheChoiceSurvivesAReload() {
    open("themes/reasoning.html");
    List<String> evidenceOrder = listTitles();
    new Select(driver.findElement(By.id("list-sort"))).selectByValue("newest");
    List<String> dates = listDates();
    List<String> dated = dates.stream().filter(d -> !d.isEmpty()).toList();
    assertTrue(dated.size() >= 2);
    assertEquals(dated, dated.stream().sorted(java.util.Comparator.reverseOrder()).toList());
    assertEquals(dated, dates.subList(0, dated.size()), "undated papers come last");
    assertNotEquals(evidenceOrder, listTitles());
    assertEquals("?sort=newest", query());

    assertEquals(
        List.of(),
        strings(
            "return Array.from(document.querySelectorAll('#papers .subtopic:not([hidden])'), s => s.id)"),
        "sorted, the theme is one list, not sub-topics");

    driver.navigate().refresh();
    assertEquals(dates, listDates());
    new Select(driver.findElement(By.id("list-sort"))).selectByValue("");
    assertEquals(
        evidenceOrder, listTitles(), "the first choice puts every paper back under its sub-topic");

    assertTrue(driver.findElements(By.id("list-year")).isEmpty(), "too few papers dated");
  }

  @Test
  void filteringAListByWordsHidesTheRest() {
    open("papers.html");
    int all = listTitles().size();
    driver.findElement(By.id("list-filter")).sendKeys("masked");
    // Words are looked up in the search index, which answers a moment later.
    wait.until(d -> d.findElement(By.className("list-status")).getText().startsWith("Showing"));
    List<String> shown = visibleTitles();
    assertTrue(shown.contains(MASKED_THOUGHT) && shown.size() < all, shown.toString());
    assertTrue(driver.findElement(By.linkText(MASKED_THOUGHT)).isDisplayed());
    assertTrue(
        driver
            .findElement(By.className("list-status"))
            .getText()
            .startsWith("Showing " + shown.size() + " of " + all));
    driver.findElement(By.id("list-filter")).clear();
    assertEquals(all, visibleTitles().size(), "clearing the filter shows every paper again");
    assertTrue(driver.findElements(By.id("list-year")).isEmpty(), "too few papers dated");
  }

  @Test
  void theListOfAllPapersNarrowsToATheme() {
    open("papers.html");
    new Select(driver.findElement(By.id("list-theme"))).selectByValue("peft");
    List<String> shown = visibleTitles();
    assertEquals("?theme=peft", query());
    open("themes/peft.html");
    List<String> peft = listTitles();
    assertEquals(peft.stream().sorted().toList(), shown.stream().sorted().toList());
    open("papers.html?theme=other");
    assertEquals(151, visibleTitles().size(), "the papers in no theme, from the address");
    assertTrue(
        driver.findElement(By.className("list-status")).getText().startsWith("Showing 151 of 469"));
  }

  private static List<String> listTitles() {
    return strings(
        "return Array.from(document.querySelectorAll('#papers li.paper-item .paper-title'), h => h.textContent.trim())");
  }

  private static List<String> visibleTitles() {
    return strings(
        "return Array.from(document.querySelectorAll('#papers li.paper-item:not([hidden]) .paper-title'), h => h.textContent.trim())");
  }

  private static List<String> listDates() {
    return strings(
        "return Array.from(document.querySelectorAll('#papers li.paper-item'), li => li.dataset.date || '')");
  }

  private static List<String> strings(String script) {
    return ((List<?>) ((JavascriptExecutor) driver).executeScript(script))
        .stream().map(String::valueOf).toList();
  }
}
