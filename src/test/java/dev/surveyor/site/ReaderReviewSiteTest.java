package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.support.RealBuild;
import dev.surveyor.support.SiteCheck;
import java.nio.file.Files;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * What a fresh reader of the real site tripped over (review 6): each test reads the built pages and
 * files and fails if the fix is undone.
 */
class ReaderReviewSiteTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The data file says what the pages say: no abstract links through a captured mirror host. */
  @Test
  void theDataFileCarriesTheAbstractsAsThePagesShowThem() throws Exception {
    SiteCheck site = RealBuild.site();
    String data = Files.readString(RealBuild.out().resolve("data/papers.json"));
    assertFalse(data.contains("workers.dev"), "a mirror host in data/papers.json");
    assertFalse(data.contains("hf-2025.pages.dev"), "a mirror host in data/papers.json");
    int checked = 0;
    for (JsonNode paper : JSON.readTree(data)) {
      Document page = site.page(paper.get("url").asText());
      assertEquals(
          page.selectFirst("p.abstract").text(),
          paper.get("abstract").asText().strip().replaceAll("\\s+", " "),
          paper.get("slug").asText());
      checked++;
    }
    assertEquals(469, checked);
  }

  /**
   * A mention count reads as a count, never as part of a model's name: "Gemma ×3" read as Gemma 3.
   */
  @Test
  void mentionCountsCannotReadAsVersionNames() {
    SiteCheck site = RealBuild.site();
    Document gemmaroc =
        site.page("papers/gemmaroc-unlocking-darija-proficiency-in-llms-with-minimal.html");
    assertTrue(
        gemmaroc.select(".entity-chips .chip").eachText().contains("Gemma · mentioned 3 times"),
        gemmaroc.select(".entity-chips .chip").eachText().toString());
    int counted = 0;
    for (String path : site.pages()) {
      if (!path.startsWith("papers/")) {
        continue;
      }
      for (var chip : site.page(path).select(".entity-chips .chip")) {
        assertFalse(chip.text().matches(".*[×x]\\s*\\d+$"), path + ": " + chip.text());
        // "Llama · 3 mentions" read as Llama 3: no figure straight after the name and its dot
        assertFalse(chip.text().matches(".*· \\d.*"), path + ": " + chip.text());
        var count = chip.selectFirst(".n");
        if (count != null) {
          assertTrue(
              count.text().matches("· mentioned (twice|\\d+ times)"), path + ": " + chip.text());
          counted++;
        }
      }
    }
    assertTrue(counted >= 60, "chips with a count: " + counted);
  }

  /**
   * Methodology's count of curators' corrections is what the paper pages show, by one definition: a
   * theme a curator's decision gives otherwise than the rules.
   */
  @Test
  void theCorrectionCountIsWhatThePagesShow() {
    SiteCheck site = RealBuild.site();
    int changes = 0;
    int confirmed = 0;
    java.util.Set<String> changed = new java.util.TreeSet<>();
    for (String path : site.pages()) {
      if (!path.startsWith("papers/")) {
        continue;
      }
      for (var line : site.page(path).select("ul.standings li")) {
        String text = line.text();
        if (text.contains("added by a curator")
            || text.contains("taken out by a curator")
            || text.contains("left out by a curator's decision")
            || text.contains("placed by a curator's decision")) {
          changes++;
          changed.add(path);
        } else if (text.contains("confirmed by a curator")) {
          confirmed++;
        }
      }
    }
    String methodology = site.page("methodology.html").selectFirst("main").text();
    assertTrue(
        methodology.contains(
            "the curators changed "
                + changes
                + " theme assignments of "
                + changed.size()
                + " papers"),
        changes + " on " + changed.size() + " pages");
    assertTrue(methodology.contains("On " + confirmed + " more pages a curator confirmed"));
    assertTrue(changes >= 40 && confirmed >= 1, changes + " / " + confirmed);
  }

  /**
   * Methodology says what each of the five listings gives, counted from the sources: records, dates
   * (with and without the year) and their span, author counts and upvotes.
   */
  @Test
  void methodologyNamesTheListingsWithTheirCounts() throws Exception {
    SiteCheck site = RealBuild.site();
    Document methodology = site.page("methodology.html");
    JsonNode report = JSON.readTree(RealBuild.out().resolve("data/report.json").toFile());
    List<String> records = new java.util.ArrayList<>();
    report.get("files").forEach(f -> records.add(f.get("records").asText()));
    var rows = methodology.select("table.listings tbody tr");
    assertEquals(records, rows.stream().map(r -> r.select("td").get(0).text()).toList(), "records");
    JsonNode papers = JSON.readTree(RealBuild.out().resolve("data/papers.json").toFile());
    int dated = 0;
    int assumed = 0;
    for (JsonNode p : papers) {
      if (!p.get("date").isNull()) {
        dated++;
        assumed += p.get("date_printed").asText().contains(",") ? 0 : 1;
        // every date is the second listing's: the others print none for a paper
        assertTrue(p.get("sources").toString().contains("001_"), p.get("slug").asText());
      }
    }
    assertEquals(
        List.of("none", dated + " (" + assumed + " without the year)", "none", "none", "none"),
        rows.stream().map(r -> r.select("td").get(1).text()).toList());
    assertEquals("14 Oct 2021 to 11 Nov 2025*", rows.get(1).select("td").get(2).text());
    assertEquals("author counts (83), upvotes (32)", rows.get(1).select("td").get(3).text());
    assertTrue(
        methodology.selectFirst("main").text().contains("Hugging Face Daily Papers, captured in"));
  }

  /**
   * Methodology (About, until review 10) says what is true of the shown text now: no run-together
   * sentences, and no abstract with a space before a full stop or bracket (GemMaroc's, with a
   * curator's note, was the one until round 16 closed its spaces up).
   */
  @Test
  void aboutDescribesTheLeftoversThePagesShow() throws Exception {
    SiteCheck site = RealBuild.site();
    String about = site.page("methodology.html").selectFirst("main").text();
    assertFalse(about.contains("performance.To address"), "a stale example");
    assertTrue(about.contains("GemMaroc"), about);
    java.util.regex.Pattern glued = java.util.regex.Pattern.compile("[a-z]{3,}\\.[A-Z][a-z]{2,}");
    java.util.regex.Pattern spaced = java.util.regex.Pattern.compile("\\d \\.|\\d \\)");
    java.util.Set<String> spacedPages = new java.util.TreeSet<>();
    for (String path : site.pages()) {
      if (path.startsWith("papers/") && !path.startsWith("papers/page")) {
        var abstractText = site.page(path).selectFirst("p.abstract");
        if (abstractText == null) {
          continue;
        }
        assertFalse(glued.matcher(abstractText.text()).find(), path + ": run-together sentences");
        if (spaced.matcher(abstractText.text()).find()) {
          spacedPages.add(path);
        }
      }
    }
    assertEquals(java.util.Set.of(), spacedPages);
  }

  /**
   * The home page says how current the survey is from its content (the newest paper's date, never
   * the clock), and no theme's starting papers all come from one other theme's overlap.
   */
  @Test
  void theHomePageSaysHowCurrentItIsAndStartsEachThemeOnMoreThanOneOverlap() throws Exception {
    SiteCheck site = RealBuild.site();
    Document home = site.page("index.html");
    String newest = null;
    String shown = null;
    for (JsonNode p : JSON.readTree(RealBuild.out().resolve("data/papers.json").toFile())) {
      String iso = p.get("date").isNull() ? null : p.get("date").asText();
      if (iso != null && (newest == null || iso.compareTo(newest) > 0)) {
        newest = iso;
        shown = site.page(p.get("url").asText()).select(".facts dt:containsOwn(Date) + dd").text();
      }
    }
    assertEquals("2025-11-11", newest);
    // told on Methodology since review 9: date bookkeeping is not what the hero is for
    String asOf = site.page("methodology.html").selectFirst("p.dating").text();
    assertTrue(
        asOf.endsWith("; the newest is dated " + shown.substring(0, shown.indexOf('*') + 1) + "."),
        asOf);
    var starts = home.select(".theme-starts > section");
    assertEquals(4, starts.size());
    for (var start : starts) {
      var papers = start.select("li.paper-item");
      assertEquals(3, papers.size(), start.selectFirst("h3").text());
      java.util.Set<String> shared =
          new java.util.HashSet<>(papers.get(0).select(".chip").eachText());
      papers.forEach(p -> shared.retainAll(p.select(".chip").eachText()));
      assertEquals(java.util.Set.of(), shared, start.selectFirst("h3").text());
    }
    // Curriculum's introduction links Reasoning overlaps first: two of them, then its first other
    assertEquals(
        List.of("Reasoning", "Reasoning"), starts.get(2).select("li.paper-item .chip").eachText());
  }
}
