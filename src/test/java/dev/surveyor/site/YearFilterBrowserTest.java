package dev.surveyor.site;

import static dev.surveyor.support.MiniSite.ABSTRACT_TAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.Browser;
import dev.surveyor.support.MiniSite;
import dev.surveyor.support.Run;
import dev.surveyor.support.ServedSite;
import dev.surveyor.support.SiteServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The year filter of the lists (lists.js) and of search (search.js) in headless Chromium. The real
 * survey dates too few papers to get one (view.Coverage: at least half), so this builds a small
 * survey where most papers are dated: three printed in 2023, three in 2024, two listed without a
 * year (the capture year, 2025, is assumed) and one with no date.
 */
class YearFilterBrowserTest {
  @TempDir static Path dir;
  private static ServedSite served;
  private static SiteServer server;
  private static Browser browser;

  private static final String[][] PAPERS = {
    {"Scaling Laws for Tiny Models", "scaling laws for tiny models", "Mar 4, 2023"},
    {"Scaling Attention to Long Inputs", "scaling attention", "Jun 9, 2023"},
    {"Scaling Data for Code Models", "scaling data for code", "Nov 30, 2023"},
    {"Scaling Reward Models Further", "scaling reward models", "Feb 2, 2024"},
    {"Scaling Test-Time Compute", "scaling test-time compute", "Aug 15, 2024"},
    {"A Study of Tokenizer Vocabulary", "tokenizer vocabularies", "Oct 1, 2024"},
    {"Scaling Mixtures of Experts", "scaling mixtures of experts", "Mar 26"},
    {"Quantised Inference on Phones", "quantised inference", "Apr 2"},
    {"Undated Notes on Scaling Optimisers", "scaling optimisers", null},
  };

  @BeforeAll
  static void build() {
    StringBuilder listing = new StringBuilder("Daily Papers\n\n");
    for (String[] p : PAPERS) {
      listing
          .append(p[0])
          .append("\n\nWe study ")
          .append(p[1])
          .append(" in depth.")
          .append(ABSTRACT_TAIL)
          .append("\n\n  • 2 authors\n");
      if (p[2] != null) {
        listing.append("·\n").append(p[2]).append("\n");
      }
      listing.append("\n");
    }
    MiniSite mini =
        new MiniSite(dir)
            .file("survey.md", "---\ntitle: Dated Survey\nlisting_year: 2025\n---\nIntro.\n")
            .file(
                "themes/scaling.md",
                "---\nname: Scaling\norder: 1\nrules:\n  threshold: 3\n  cues:\n    scaling: 3\n---\nScaling.\n")
            .file("sources/listing.txt", listing.toString());
    Run run = Run.of(mini.buildArgs());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("distinct papers 9"), run.out());
    served = ServedSite.start(mini.out(), "/dated/");
    server = served.server();
    browser = served.browser();
    browser.viewport(1280, 900, false);
  }

  @AfterAll
  static void stop() {
    if (served != null) {
      served.close();
    }
  }

  @AfterEach
  void noConsoleErrors() {
    assertEquals(List.of(), browser.consoleErrors());
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(String script) {
    return (List<String>) browser.script(script);
  }

  /** The titles of the list's papers a reader can see, in page order. */
  private static List<String> visibleTitles() {
    return strings(
        "return [...document.querySelectorAll('#papers li.paper-item')]"
            + ".filter(li => li.checkVisibility()).map(li => li.querySelector('.paper-title').textContent.trim());");
  }

  private static String listStatus() {
    return String.valueOf(
        browser.script("return document.querySelector('.list-status').textContent"));
  }

  private static String query() {
    return String.valueOf(browser.script("return location.search"));
  }

  private static void waitFor(java.util.function.Supplier<Boolean> condition) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> condition.get());
  }

  @Test
  void aThemePageFiltersByYearAndKeepsTheYearInTheAddress() {
    browser.open(server.url("themes/scaling.html"));
    Select year = new Select(browser.driver().findElement(By.id("list-year")));
    assertEquals(
        List.of("All years", "2025 (1)", "2024 (2)", "2023 (3)", "No date (1)"),
        year.getOptions().stream().map(o -> o.getText()).toList(),
        "the theme's years, newest first, an assumed year as its year");
    assertEquals(7, visibleTitles().size());
    year.selectByValue("2023");
    waitFor(() -> visibleTitles().size() == 3);
    assertEquals(
        List.of(
            "Scaling Attention to Long Inputs",
            "Scaling Data for Code Models",
            "Scaling Laws for Tiny Models"),
        visibleTitles().stream().sorted().toList());
    assertEquals("Showing 3 of 7 papers: from 2023.", listStatus(), "the year it is narrowed to");
    assertEquals("?year=2023", query());
    year.selectByValue("none");
    waitFor(() -> visibleTitles().size() == 1);
    assertEquals(List.of("Undated Notes on Scaling Optimisers"), visibleTitles());
    year.selectByValue("");
    waitFor(() -> visibleTitles().size() == 7);
    assertEquals("", query(), "the choice leaves the address when cleared");
  }

  @Test
  void aDeepLinkWithAYearOpensTheListNarrowedAndCombinesWithWordsAndOrder() {
    browser.open(server.url("themes/scaling.html?year=2024&sort=oldest"));
    waitFor(() -> visibleTitles().size() == 2);
    assertEquals("2024", browser.script("return document.getElementById('list-year').value"));
    assertEquals(
        List.of("Scaling Reward Models Further", "Scaling Test-Time Compute"), visibleTitles());
    browser.open(server.url("themes/scaling.html?year=2024&filter=reward"));
    waitFor(() -> listStatus().startsWith("Showing"));
    assertEquals(List.of("Scaling Reward Models Further"), visibleTitles());
    // a year the list does not offer narrows nothing
    browser.open(server.url("themes/scaling.html?year=1999"));
    assertEquals("", browser.script("return document.getElementById('list-year').value"));
    assertEquals(7, visibleTitles().size());
  }

  @Test
  void allPapersFiltersByYearAcrossItsFoldedLetterGroups() {
    browser.open(server.url("papers.html"));
    assertEquals(0, visibleTitles().size(), "every letter group starts folded");
    browser.open(server.url("papers.html?year=2025"));
    waitFor(() -> visibleTitles().size() == 2);
    // the assumed year: both papers listed without one, each in its own letter's group, opened
    assertEquals(
        List.of("Quantised Inference on Phones", "Scaling Mixtures of Experts"), visibleTitles());
    assertEquals("Showing 2 of 9 papers: from 2025.", listStatus());
    Select year = new Select(browser.driver().findElement(By.id("list-year")));
    year.selectByValue("2024");
    waitFor(() -> visibleTitles().size() == 3);
    assertTrue(visibleTitles().contains("A Study of Tokenizer Vocabulary"), "a paper in no theme");
    assertEquals("?year=2024", query());
    // groups holding none of the year's papers are hidden, not shown empty
    assertEquals(
        List.of(),
        strings(
            "return [...document.querySelectorAll('.title-group')].filter(g => !g.hidden"
                + " && !g.querySelector('li.paper-item:not([hidden])')).map(g => g.id);"));
  }

  @Test
  void searchFiltersByYearWithOrWithoutWordsAndFromADeepLink() {
    browser.open(server.url("search.html?year=2023"));
    waitFor(() -> !searchStatus().isEmpty());
    assertEquals("3 papers (2023).", searchStatus());
    assertEquals(3, searchTitles().size());
    browser.open(server.url("search.html?q=scaling&year=2024"));
    waitFor(() -> !searchStatus().isEmpty());
    assertEquals(
        List.of("Scaling Reward Models Further", "Scaling Test-Time Compute"),
        searchTitles().stream().sorted().toList());
    String before = searchStatus();
    new Select(browser.driver().findElement(By.id("search-year"))).selectByValue("none");
    waitFor(() -> !searchStatus().equals(before));
    assertEquals(List.of("Undated Notes on Scaling Optimisers"), searchTitles());
    // "scaling" names the fixture's Scaling theme: the count says how many papers are in it
    assertEquals("1 paper in the Scaling theme (without a date).", searchStatus());
    assertEquals("?q=scaling&year=none", query());
  }

  private static String searchStatus() {
    return String.valueOf(
        browser.script("return document.getElementById('search-status').textContent"));
  }

  private static List<String> searchTitles() {
    return strings(
        "return [...document.querySelectorAll('#search-results .paper-title a')].map(a => a.textContent);");
  }
}
