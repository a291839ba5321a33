package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.MiniSite;
import dev.surveyor.support.RealBuild;
import dev.surveyor.support.Repo;
import dev.surveyor.support.Run;
import dev.surveyor.support.SiteCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page of papers in no theme, as a reader meets it: the curator's introduction ({@code
 * other.md}) says what the page holds and what its groups are, and the papers a curator placed
 * outside the survey's scope ({@code scope: outside} in a paper's note) are listed apart, last and
 * folded, each page saying so. A fresh reader found a third of the survey's papers on a page with a
 * one-line lead, some plainly outside the survey (offline reinforcement learning, type theory).
 */
class OtherPageTest {
  @TempDir Path dir;

  /** The papers the repository's notes place outside the scope, read from the notes themselves. */
  private static Set<String> placedOutside() throws IOException {
    Set<String> slugs = new TreeSet<>();
    try (Stream<Path> notes = Files.list(Repo.content().resolve("papers"))) {
      for (Path note : notes.toList()) {
        if (Files.readAllLines(note).contains("scope: outside")) {
          String name = note.getFileName().toString();
          slugs.add(name.substring(0, name.length() - ".md".length()));
        }
      }
    }
    return slugs;
  }

  @Test
  void theOtherPageOpensWithTheCuratorsIntroductionNamingItsGroups() {
    Document page = RealBuild.site().page("themes/other.html");
    Element intro = page.selectFirst("section.intro");
    assertNotNull(intro, "the Other page has an introduction");
    assertEquals("Overview", intro.selectFirst("h2").text());
    // the lead is the curator's, not the site's default
    assertTrue(
        page.selectFirst(".page-header .lead").text().startsWith("Papers from the listings"),
        page.selectFirst(".page-header .lead").text());
    // the introduction says what each group shown is, by the name the page lists it under
    String text = intro.text();
    List<String> groups = page.select("section.subtopic h3").eachText();
    assertTrue(groups.size() >= 10, groups.toString());
    for (String heading : groups) {
      String name = heading.replaceAll(" · [0-9,]+ papers?$", "");
      assertTrue(text.contains(name), "the introduction does not name " + name);
    }
    // its links go to papers the page lists
    Set<String> listed = new TreeSet<>(page.select(".paper-title a").eachAttr("href"));
    for (Element a : intro.select("a[href*=papers/]")) {
      assertTrue(listed.contains(a.attr("href")), a.attr("href"));
    }
  }

  /**
   * What the introduction promises each paper holds true of every paper it lists (reader17: "each
   * keeps ... its related papers" while 44 of them showed none).
   */
  @Test
  void theIntroductionPromisesRelatedPapersOnlyWhereThePagesShowThem() {
    SiteCheck site = RealBuild.site();
    Document page = site.page("themes/other.html");
    String text = page.selectFirst("section.intro").text();
    Set<String> listed = new TreeSet<>(page.select(".paper-title a").eachAttr("href"));
    int without = 0;
    for (String href : listed) {
      String path = href.replaceFirst("^\\.\\./", "").replaceFirst("#.*$", "");
      without += site.page(path).select("ol.related").isEmpty() ? 1 : 0;
    }
    assertTrue(listed.size() > 100, listed.size() + " papers listed");
    assertFalse(
        without > 0 && text.contains("its related papers"),
        without + " listed papers show no related papers, yet: " + text);
    assertTrue(text.contains("lists related papers wherever the survey holds papers close"), text);
  }

  @Test
  void papersPlacedOutsideTheScopeAreListedApartLastAndFolded() throws IOException {
    Set<String> outside = placedOutside();
    assertTrue(outside.size() >= 15, outside.toString());
    SiteCheck site = RealBuild.site();
    Document other = site.page("themes/other.html");
    List<Element> sections = other.select("section.subtopic");
    Element apart = sections.get(sections.size() - 1);
    assertEquals("topic-outside", apart.id());
    // folded, its count by its name as every group's is (review 10), not again in the toggle
    assertEquals(
        "Outside the survey's scope · " + outside.size() + " papers",
        apart.selectFirst("h3").text());
    assertEquals(
        "Show the papers outside the survey's scope",
        apart.selectFirst("details > summary").text());
    Element folded = apart.selectFirst("details");
    assertFalse(folded.hasAttr("open"), "folded until the reader opens it");
    assertTrue(apart.selectFirst("p.note").text().startsWith("A curator placed these papers"));
    Set<String> listed = new TreeSet<>();
    apart.select("li.paper-item").forEach(li -> listed.add(li.id().substring("p-".length())));
    assertEquals(outside, listed);
    // nowhere else: in no group of this page, on no theme page
    for (String path : site.pages()) {
      if (!path.startsWith("themes/")) {
        continue;
      }
      for (Element li : site.page(path).select("section.subtopic:not(#topic-outside) li, ol li")) {
        if (li.closest("#topic-outside") == null) {
          assertFalse(outside.contains(li.id().replaceFirst("^p-", "")), path + ": " + li.id());
        }
      }
    }
    assertTrue(
        other
            .selectFirst(".page-header .count")
            .text()
            .contains(", " + outside.size() + " outside the survey's scope"),
        other.selectFirst(".page-header .count").text());
    // the table of contents reaches the section
    assertEquals(
        "#topic-outside", other.select("nav.toc a").last().attr("href"), "last in the contents");
  }

  @Test
  void aPaperPlacedOutsideTheScopeKeepsItsPageWhichSaysSo() throws IOException {
    SiteCheck site = RealBuild.site();
    for (String slug : placedOutside()) {
      Document page = site.page("papers/" + slug + ".html");
      assertTrue(
          page.text().contains("A curator placed this paper outside the survey's scope"), slug);
      assertEquals("Outside the survey's scope", page.selectFirst("#note-heading").text(), slug);
      assertFalse(page.select(".curator-note .prose p").text().isBlank(), slug + ": the reason");
      Element where = page.selectFirst(".paper-groups a");
      assertEquals("../themes/other.html#topic-outside", where.attr("href"), slug);
      assertEquals("Outside the survey's scope", where.text(), slug);
    }
    // the home page's recent papers are the survey's, not those placed outside it
    Set<String> outside = placedOutside();
    for (String href : site.page("index.html").select(".paper-title a").eachAttr("href")) {
      assertFalse(outside.contains(href.replaceAll("^papers/|\\.html$", "")), href);
    }
  }

  /** The curator's introduction is Markdown like the rest: rendered, sanitised, links checked. */
  @Test
  void theIntroductionIsRenderedAndSanitised() throws IOException {
    MiniSite mini =
        new MiniSite(dir)
            .file("survey.md", "---\ntitle: Curated\nlisting_year: 2025\n---\nIntro.\n")
            .file(
                "themes/peft.md",
                "---\nname: PEFT\norder: 1\nrules:\n  cues:\n    adapters: 1\n---\nIntro.\n")
            .file(
                "sources/listing.txt",
                "A Study of Something Else\nWe study something else entirely."
                    + MiniSite.ABSTRACT_TAIL
                    + "\n")
            .file(
                "other.md",
                "---\ndigest: Papers no theme takes in.\n---\n"
                    + "Some **papers** are [elsewhere](paper:a-study-of-something-else).\n\n"
                    + "<script>alert(1)</script>\n\n"
                    + "[click](javascript:alert(2)) <img src=x onerror=alert(3)>\n");
    Run run = Run.of(mini.buildArgs());
    assertEquals(0, run.exitCode(), run.err());
    String html = Files.readString(mini.out().resolve("themes/other.html"));
    Document page = org.jsoup.Jsoup.parse(html);
    Element intro = page.selectFirst("section.intro");
    assertEquals("papers", intro.selectFirst("strong").text());
    assertEquals("../papers/a-study-of-something-else.html", intro.selectFirst("a").attr("href"));
    assertEquals("Papers no theme takes in.", page.selectFirst(".page-header .lead").text());
    assertFalse(html.contains("alert(1)"), "no script");
    assertFalse(html.contains("javascript:"), "no javascript: link");
    assertFalse(html.contains("onerror"), "no event handler");
  }
}
