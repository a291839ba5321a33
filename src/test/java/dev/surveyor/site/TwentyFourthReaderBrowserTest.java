package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fresh reader's finding (review 19) in headless Chromium on the real survey: "distill" in All
 * papers' filter listed 60 papers, many never writing it, found through the curated synonyms of
 * survey.md's {@code search_synonyms}, and nothing said so. Every list filter now says how many the
 * word found and how many its synonyms added, in the words the search page uses.
 */
class TwentyFourthReaderBrowserTest extends RealSurveyInBrowser {
  private static final Pattern SAID =
      Pattern.compile(
          "(\\d+) papers for \u201cdistill\u201d; (\\d+) more write its synonyms?"
              + " (\u201c[^\u201d]+\u201d( or \u201c[^\u201d]+\u201d)?) instead\\.");

  @Test
  void aListFilterSaysWhichPapersItsWordsSynonymsFound() {
    String search = searchStatus("distill");
    Matcher everywhere = SAID.matcher(search);
    assertTrue(everywhere.matches(), search);
    assertTrue(everywhere.group(3).contains("\u201cteacher\u201d"), search);

    String all = filterStatus("papers.html", "distill");
    // All papers lists every paper: its filter says what search says, after its own count.
    int shown = Integer.parseInt(everywhere.group(1)) + Integer.parseInt(everywhere.group(2));
    assertEquals(
        "Showing "
            + shown
            + " of 469 papers: matching \u201cdistill\u201d, best match first. "
            + search,
        all);
    // Reasoning Teachers distils and never writes the word: the synonym is why it is listed.
    assertTrue(
        listed().stream()
            .anyMatch(li -> li.contains("Large Language Models Are Reasoning Teachers")),
        all);

    String theme = filterStatus("themes/reasoning.html", "distill");
    Matcher inTheme = SAID.matcher(theme);
    assertTrue(inTheme.find(), theme);
    assertTrue(
        theme.startsWith(
            "Showing "
                + (Integer.parseInt(inTheme.group(1)) + Integer.parseInt(inTheme.group(2)))
                + " of "),
        theme);
  }

  @Test
  void aCompoundSaysWhichOfItsWordsASynonymStoodFor() {
    // "easy to difficult" curricula: the synonym stands for "hard" alone, not the query
    String all = filterStatus("papers.html", "easy to hard");
    assertTrue(
        all.matches(
            "Showing \\d+ of 469 papers: matching \u201ceasy to hard\u201d, best match first\\."
                + " \\d+ papers for \u201ceasy to hard\u201d; \\d+ more write \u201cdifficult\u201d,"
                + " a synonym of \u201chard\u201d, instead\\."),
        all);
  }

  @Test
  void aWordWithoutSynonymsSaysNothingOfThem() {
    String all = filterStatus("papers.html", "forgetting");
    assertTrue(!all.contains("synonym") && !all.contains("instead"), all);
  }

  private static String searchStatus(String query) {
    browser.open(server.url("search.html?q=" + query));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(
            d -> !text("search-status").isEmpty() && !text("search-status").startsWith("Search"));
    return text("search-status");
  }

  private static String filterStatus(String page, String query) {
    browser.open(server.url(page + "?filter=" + query.replace(" ", "+")));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> status().startsWith("Showing"));
    return status();
  }

  private static String text(String id) {
    return String.valueOf(
        browser.script("return document.getElementById('" + id + "').textContent.trim()"));
  }

  private static String status() {
    return String.valueOf(
        browser.script("return document.querySelector('.list-status').textContent.trim()"));
  }

  @SuppressWarnings("unchecked")
  private static List<String> listed() {
    return (List<String>)
        browser.script(
            "return Array.from(document.querySelectorAll('li[data-paper]:not([hidden])'),"
                + " li => li.textContent);");
  }
}
