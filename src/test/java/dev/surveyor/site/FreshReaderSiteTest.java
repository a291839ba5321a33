package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.support.RealBuild;
import dev.surveyor.support.SiteCheck;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What a fresh reader of the real site still tripped over (review 7): wording and small layout.
 * Each test reads the built pages and fails if the fix is undone.
 */
class FreshReaderSiteTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> THEMES =
      List.of("reasoning", "instruction-tuning", "curriculum", "peft", "other");
  // a count run into the next name, as copied text and jsoup read a paragraph: "2 mentionsSFT"
  private static final Pattern RUN_ON =
      Pattern.compile("(mentions?|times|twice|papers?|upvotes?|in both|\\d{4}\\*?)\\p{Lu}");

  @Test
  void theHomeSaysWhatItsPicksAreAndNoLongerRepeatsTheNavigation() {
    Document home = RealBuild.site().page("index.html");
    String note = home.selectFirst("section:has(> #start-heading) > p.note").text();
    assertFalse(note.contains("but not all three"), note);
    // "How to read the site" listed what the top bar already offers
    assertFalse(home.select("h2").eachText().contains("How to read the site"));
    assertTrue(home.select("h2").eachText().contains("Where the papers come from"));
  }

  @Test
  void theSubtopicJumpListsGiveTheUnit() {
    SiteCheck site = RealBuild.site();
    int counted = 0;
    for (String theme : THEMES) {
      for (Element count : site.page("themes/" + theme + ".html").select("nav.toc .count")) {
        assertTrue(count.text().matches("· [0-9,]+ papers?"), theme + ": " + count.text());
        counted++;
      }
    }
    assertTrue(counted >= 40, "sub-topics listed: " + counted);
  }

  @Test
  void chipsDatesAndCountsAreApartInTheText() {
    // Copied, or read without the stylesheet, "2 upvotesReasoning" and "10 papersLoRA" ran
    // together: the markup carries a separator that only those readings see.
    SiteCheck site = RealBuild.site();
    int chips = 0;
    for (String path : site.pages()) {
      Document page = site.page(path);
      for (Element holder :
          page.select(".paper-meta, .entity-chips, .introduces, .paper-themes, .profile p")) {
        String text = holder.text();
        assertFalse(RUN_ON.matcher(text).find(), path + ": " + text);
        for (Element chip : holder.select("a.chip")) {
          chips++;
          Element before = chip.previousElementSibling();
          if (before != null && !before.hasClass("label")) {
            assertTrue(
                before.hasClass("visually-hidden") && !before.text().isEmpty(),
                path + ": nothing between " + before.outerHtml() + " and " + chip.text());
          }
        }
      }
    }
    assertTrue(chips > 2000, "chips: " + chips);
    Document paper =
        site.page("papers/gemmaroc-unlocking-darija-proficiency-in-llms-with-minimal.html");
    assertTrue(paper.selectFirst(".entity-chips").text().contains("Gemma · mentioned 3 times, "));
  }

  /** A size reads "LIMA 1K", not "LIMA 1 K" as the capture split it (reader17). */
  @Test
  void noAbstractSplitsASizeFromItsK() {
    SiteCheck site = RealBuild.site();
    Pattern split = Pattern.compile("\\b\\d+ K\\b");
    int pages = 0;
    for (String path : site.pages()) {
      if (path.startsWith("papers/")) {
        String text = site.page(path).select("p.abstract").text();
        assertFalse(split.matcher(text).find(), path + ": " + text);
        pages++;
      }
    }
    assertTrue(pages > 400, pages + " paper pages");
    assertTrue(
        site.page("papers/gemmaroc-unlocking-darija-proficiency-in-llms-with-minimal.html")
            .selectFirst("p.abstract")
            .text()
            .contains("LIMA 1K, DEITA 6K and TULU 50K"));
  }

  @Test
  void neighbouringFiguresSayWhatTheyCount() {
    SiteCheck site = RealBuild.site();
    // Reasoning: "Instruction tuning · 28 papers" (naming it) beside "· 13 papers" (in both)
    Document reasoning = site.page("themes/reasoning.html");
    Element profile = reasoning.selectFirst("section.profile");
    List<String> named = new ArrayList<>();
    List<String> both = new ArrayList<>();
    for (Element p : profile.select("p")) {
      String label = p.selectFirst(".label").text();
      for (Element n : p.select("a.chip .n")) {
        (label.equals("Shared with") ? both : named).add(n.text());
      }
    }
    assertTrue(both.size() >= 3 && named.size() >= 5, both + " " + named);
    named.forEach(n -> assertTrue(n.matches("· named in \\d+ papers?"), n));
    both.forEach(n -> assertTrue(n.matches("· \\d+ papers? in both"), n));
    for (Element chip : profile.select("p:has(.label:contains(Shared with)) a.chip")) {
      int shared = Integer.parseInt(chip.selectFirst(".n").text().replaceAll("\\D", ""));
      Document overlap =
          site.page(
              java.net.URI.create("themes/reasoning.html").resolve(chip.attr("href")).getPath());
      assertEquals(shared, overlap.select("li.paper-item").size(), chip.text());
    }
    // Curriculum learning's entity page: "Reasoning · 5 papers" beside 8 papers in both themes
    Document curriculum = site.page("entities/curriculum-learning.html");
    for (Element count : curriculum.select("main section h2 .count")) {
      assertTrue(count.text().matches("· \\d+ papers? mentions? it"), count.text());
    }
    // LoRA: "Mentioned in 16 papers … (18 entries)": how many repeat, then the entries
    Document lora = site.page("entities/lora.html");
    Map<String, Integer> listed = new HashMap<>();
    int entries = 0;
    for (Element section : lora.select("main section")) {
      for (Element a : section.select(".paper-title a")) {
        listed.merge(a.attr("href"), 1, Integer::sum);
        entries++;
      }
    }
    long repeated = listed.values().stream().filter(n -> n > 1).count();
    String header = lora.selectFirst("header p.count").text();
    assertTrue(repeated >= 2, header);
    assertTrue(
        header.endsWith(
            repeated
                + " of them are in more than one theme and listed under each, so the lists below"
                + " hold "
                + entries
                + " entries."),
        header);
    assertTrue(header.startsWith("Mentioned in " + listed.size() + " papers."), header);
  }

  @Test
  void aPaperPageNamesItsListingAsMethodologysTableDoesAndMarksTheFileForCurators()
      throws Exception {
    SiteCheck site = RealBuild.site();
    Document methodology = site.page("methodology.html");
    List<String> rows = methodology.select("table.listings tbody th").eachText();
    assertEquals(List.of("First", "Second", "Third", "Fourth", "Fifth"), rows);
    Pattern source =
        Pattern.compile(
            "(\\w+) listing, line [0-9,]+ \\(curators' file: sources/(\\d{3})_[0-9a-f]+\\.txt:\\d+\\)");
    int checked = 0;
    for (String path : site.pages()) {
      if (!path.startsWith("papers/")) {
        continue;
      }
      Document page = site.page(path);
      Element fold = page.selectFirst("details.for-curators");
      assertTrue(fold.selectFirst("summary").text().startsWith("For curators:"), path);
      for (Element li : fold.select(".sources li")) {
        Matcher m = source.matcher(li.text());
        assertTrue(m.matches(), path + ": " + li.text());
        // the files are numbered from 000, the table from First: the name follows the table
        assertEquals(rows.get(Integer.parseInt(m.group(2))), m.group(1), li.text());
        assertNotNull(li.selectFirst(".curators-file code"), li.outerHtml());
        checked++;
      }
      assertEquals("../methodology.html", fold.selectFirst("p.note a").attr("href"), path);
    }
    assertEquals(552, checked, "every record, on its paper's page");
    // three listings of 119: what their content says they are, counted from the papers
    Map<String, Set<String>> papersOf = new TreeMap<>();
    for (JsonNode paper : JSON.readTree(RealBuild.out().resolve("data/papers.json").toFile())) {
      for (JsonNode s : paper.get("sources")) {
        papersOf
            .computeIfAbsent(s.get("file").asText(), f -> new HashSet<>())
            .add(paper.get("slug").asText());
      }
    }
    Set<String> ofThree = new HashSet<>();
    List<String> files = new ArrayList<>(papersOf.keySet());
    files.subList(2, 5).forEach(f -> ofThree.addAll(papersOf.get(f)));
    assertEquals(
        "The third, fourth and fifth listings each hold exactly 119 records, in the same layout."
            + " They are not one page captured three times: their 357 records are of "
            + ofThree.size()
            + " different papers. Nothing in the copies says why they are the same length.",
        methodology.selectFirst("p.same-length").text());
    assertTrue(Files.exists(RealBuild.out().resolve("methodology.html")));
  }

  @Test
  void howSubtopicsAreMadeIsSaidInFullOnceAndLinkedFromEveryList() {
    SiteCheck site = RealBuild.site();
    for (String theme : THEMES) {
      Element note = site.page("themes/" + theme + ".html").selectFirst("#papers-heading + p.note");
      assertTrue(note.text().startsWith("A paper is placed in a sub-topic by the phrases"), theme);
      assertEquals("../methodology.html", note.selectFirst("a").attr("href"), theme);
      assertEquals("how sub-topics are made", note.selectFirst("a").text(), theme);
    }
    Document methodology = site.page("methodology.html");
    String full = methodology.select("h2#sub-topics ~ p, h2#sub-topics ~ ol").text();
    // the three pages once said three different things; the full one says what the code does
    assertTrue(full.contains("at least twice in its abstract"), full);
    assertTrue(full.contains("spherical k-means"), full);
    assertTrue(full.contains("Not in a named group"), full);
    for (String path : site.pages()) {
      String text = site.page(path).text();
      // no page promises groups labelled by their distinctive words: none is shown
      assertFalse(text.contains("labelled with the words that set them apart"), path);
      assertFalse(text.contains("Sub-topics group papers by the words"), path);
    }
    String other = site.page("themes/other.html").select(".intro").text();
    assertFalse(other.contains("its abstract twice"), "the Other page's own version is gone");
  }

  @Test
  void theTopBarOffersSearchOnceAndTheFooterStillLinksIt() {
    SiteCheck site = RealBuild.site();
    for (String path : List.of("index.html", "themes/reasoning.html", "papers.html")) {
      Document page = site.page(path);
      assertNotNull(page.selectFirst("header form.site-search[action$=search.html]"), path);
      for (String nav : List.of(".site-nav", ".site-menu nav")) {
        assertTrue(page.select(nav + " a[href$=search.html]").isEmpty(), path + " " + nav);
        assertTrue(page.select(nav + " a[href$=map.html]").size() == 1, path + " " + nav);
      }
      assertEquals(1, page.select(".site-footer a[href$=search.html]").size(), path);
    }
    // the search page has no box in its header: its own link stays, marked as the page shown
    Document search = site.page("search.html");
    assertTrue(search.select("header form.site-search").isEmpty());
    assertEquals("search.html", search.selectFirst(".site-nav a[aria-current=page]").attr("href"));
  }
}
