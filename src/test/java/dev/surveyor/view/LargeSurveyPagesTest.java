package dev.surveyor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.bench.BenchContent;
import dev.surveyor.build.BuildOptions;
import dev.surveyor.build.SiteBuilder;
import dev.surveyor.support.Browser;
import dev.surveyor.support.NuChecker;
import dev.surveyor.support.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * A survey of 2,000 papers (the real listings and synthetic ones in their layouts): too many for
 * one list. The list of all papers comes in pages that together hold every paper once; sub-topics
 * of a theme and themes on an entity page list their first papers, say how many there are, and send
 * the reader to the search for the rest.
 */
class LargeSurveyPagesTest {
  @TempDir static Path dir;
  private static Path site;

  @BeforeAll
  static void build() throws Exception {
    Path listings = dir.resolve("listings");
    BenchContent.listings(Repo.content(), listings, 2_000, 7L);
    Path content = dir.resolve("content");
    BenchContent.synthetic(Repo.content(), listings, content);
    site = dir.resolve("site");
    SiteBuilder.build(new BuildOptions(content, Repo.root().resolve("templates"), site, null));
  }

  @Test
  void anEntitysThemeGroupListsAtMostTheCapAndCountsAndPointsToTheRest() throws Exception {
    List<Element> capped = new ArrayList<>();
    try (Stream<Path> pages = Files.list(site.resolve("entities"))) {
      for (Path page : pages.toList()) {
        Document doc = Jsoup.parse(page.toFile());
        for (Element group :
            doc.select("main > section, #entity-papers > section")) { // a theme, not its sub-topics
          int listed = group.select("li").size();
          // "· 1,234 papers"
          int total =
              Integer.parseInt(group.selectFirst("h2 .count").text().replaceAll("[^0-9]", ""));
          assertTrue(listed <= Paging.GROUP, page + ": " + listed + " listed");
          if (total > listed) {
            assertEquals(Paging.GROUP, listed, page.toString());
            Element note = group.selectFirst("p.note");
            assertEquals(
                "These are the "
                    + listed
                    + " of "
                    + String.format(java.util.Locale.ROOT, "%,d", total)
                    + " papers that name it most. Search for all of them.",
                note.text(),
                page.toString());
            String name = doc.selectFirst("h1").text();
            assertTrue(
                note.selectFirst("a").attr("href").startsWith("../search.html?q="),
                note.outerHtml());
            assertTrue(
                note.selectFirst("a").attr("href").length() > "../search.html?q=".length(), name);
            capped.add(group);
          } else {
            assertEquals(total, listed, page.toString());
          }
        }
      }
    }
    assertTrue(
        !capped.isEmpty(),
        "no entity page had a theme group over the cap: the test proves nothing");
  }

  @Test
  void theListOfAllPapersComesInPagesThatHoldEveryPaperOnceInTitleOrder() throws Exception {
    int papers;
    try (Stream<Path> files = Files.list(site.resolve("papers"))) {
      papers = (int) files.filter(f -> f.toString().endsWith(".html")).count();
    }
    int pages = (papers + Paging.SIZE - 1) / Paging.SIZE;
    assertTrue(pages >= 2, papers + " papers fit one page: the test proves nothing");
    assertTrue(Files.notExists(site.resolve("papers-" + (pages + 1) + ".html")));
    List<String> listed = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (int n = 1; n <= pages; n++) {
      String name = n == 1 ? "papers.html" : "papers-" + n + ".html";
      Document doc = Jsoup.parse(site.resolve(name).toFile());
      assertEquals("All papers, page " + n + " of " + pages, doc.selectFirst("h1").text());
      assertEquals("All papers", doc.selectFirst(".site-nav a[aria-current=page]").text(), name);
      assertTrue(
          doc.select("form.list-controls").isEmpty(), name + " offers a filter over one page");
      assertEquals(2, doc.select("nav.pager").size(), name);
      Element pager = doc.selectFirst("nav.pager");
      assertEquals(String.valueOf(n), pager.selectFirst("a[aria-current=page]").text(), name);
      for (Element link : pager.select("a")) {
        assertTrue(
            Files.isRegularFile(site.resolve(link.attr("href"))), name + ": " + link.outerHtml());
      }
      assertEquals(n > 1, pager.selectFirst("a[rel=prev]") != null, name);
      assertEquals(n < pages, pager.selectFirst("a[rel=next]") != null, name);
      for (Element group : doc.select("section.title-group")) {
        String key = group.id().substring("letter-".length());
        assertTrue(group.selectFirst("details:not([open]) ol.paper-list") != null, group.id());
        for (Element title : group.select("li.paper-item .paper-title a")) {
          assertEquals(key, TitleGroups.key(title.text()), title.text());
          listed.add(title.attr("href"));
          titles.add(title.text().toLowerCase(Locale.ROOT));
        }
      }
    }
    assertEquals(papers, listed.size());
    assertEquals(papers, new HashSet<>(listed).size(), "a paper listed on two pages");
    for (String href : listed) {
      assertTrue(Files.isRegularFile(site.resolve(href)), href);
    }
    // By first letter, A to Z then digits and symbols; by title within a letter. A page holds
    // folded groups of its letters, each under its letter's heading.
    for (int i = 1; i < titles.size(); i++) {
      String before = TitleGroups.key(titles.get(i - 1));
      String after = TitleGroups.key(titles.get(i));
      assertTrue(
          before.equals(after)
              ? titles.get(i - 1).compareTo(titles.get(i)) <= 0
              : after.equals(TitleGroups.OTHER) || before.compareTo(after) < 0,
          titles.get(i - 1) + " before " + titles.get(i));
    }
  }

  @Test
  void aSubtopicListsAtMostTheCapAndCountsAndPointsToTheSearchOfItsTheme() throws Exception {
    Set<String> capped = new HashSet<>();
    try (Stream<Path> pages = Files.list(site.resolve("themes"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
        Document doc = Jsoup.parse(page.toFile());
        String slug = page.getFileName().toString().replace(".html", "");
        List<String> tocCounts =
            doc.select("nav.toc .count").eachText().stream()
                .map(count -> count.replace("· ", "").replaceAll(" papers?$", ""))
                .toList();
        List<Element> sections = doc.select("section.subtopic");
        assertEquals(tocCounts.size(), sections.size(), page.toString());
        for (int i = 0; i < sections.size(); i++) {
          Element section = sections.get(i);
          int listed = section.select("li.paper-item").size();
          // every group's count stands by its name, folded or open (review 10)
          String total =
              section.selectFirst("h3 .count").text().replace("· ", "").replaceAll(" papers?$", "");
          assertEquals(tocCounts.get(i), total, page.toString());
          assertEquals(
              Math.min(Paging.GROUP, Integer.parseInt(total.replace(",", ""))),
              listed,
              section.id());
          Element more = section.selectFirst("p.note a[href^=../search.html]");
          int all = Integer.parseInt(total.replace(",", ""));
          if (listed < all) {
            assertEquals("../search.html?theme=" + slug, more.attr("href"), section.id());
            assertEquals(
                "Showing the first " + listed + " of " + total + ", strongest evidence first.",
                section.selectFirst("p.cap-note").text());
            // and its toggle does not promise more than it opens
            assertTrue(
                section
                    .selectFirst("details > summary")
                    .text()
                    .startsWith("Show the first " + listed + " papers "),
                section.id());
            assertEquals(
                "Search the theme for the other " + (all - listed) + ".", more.parent().text());
            capped.add(slug);
          } else {
            assertEquals(null, more, section.id());
          }
        }
        // the filter says when it acts on only the first papers, and where all of them are
        Element form = doc.selectFirst("form.list-controls");
        if (capped.contains(slug)) {
          assertEquals(
              doc.selectFirst("header .count").text().replaceAll(" papers.*", "").replace(",", ""),
              form.attr("data-total"),
              slug);
          assertEquals("../search.html?theme=" + slug, form.attr("data-search"), slug);
        } else {
          assertEquals(
              List.of(false, false),
              List.of(form.hasAttr("data-total"), form.hasAttr("data-search")),
              slug);
        }
      }
    }
    assertTrue(!capped.isEmpty(), "no sub-topic over the cap: the test proves nothing");
  }

  @Test
  void filteringACappedThemePageSaysItActsOnThePapersListedAndLinksTheSearchForAll()
      throws Exception {
    Path page = null;
    try (Stream<Path> pages = Files.list(site.resolve("themes"))) {
      for (Path p : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        if (page == null
            && Jsoup.parse(p.toFile()).selectFirst("form.list-controls[data-search]") != null) {
          page = p;
        }
      }
    }
    assertTrue(page != null, "no capped theme page");
    Document doc = Jsoup.parse(page.toFile());
    int listed = doc.select("li.paper-item").size();
    String total = doc.selectFirst("form.list-controls").attr("data-total");
    // a word search ranks: the first title's first of four letters or more, not its first word,
    // which may be one search leaves out ("A")
    String word =
        Arrays.stream(doc.selectFirst("li.paper-item .paper-title").text().split(" "))
            .filter(w -> w.length() >= 4 && w.chars().allMatch(Character::isLetter))
            .findFirst()
            .orElseThrow()
            .toLowerCase(Locale.ROOT);
    try (Browser browser = Browser.start()) {
      browser.open(page.toUri());
      var filter = browser.driver().findElement(By.id("list-filter"));
      filter.sendKeys(word);
      answered(browser);
      long shown =
          (Long)
              browser.script(
                  "return document.querySelectorAll('li.paper-item:not([hidden])').length");
      var status = browser.driver().findElement(By.className("list-status"));
      assertEquals(
          String.format(
              Locale.ROOT,
              "Showing %,d of the %,d papers on this page: matching \u201c%s\u201d, best match first;"
                  + " search the theme for all %,d.",
              shown,
              listed,
              word,
              Integer.parseInt(total)),
          status.getText());
      assertTrue(
          status
              .findElement(By.tagName("a"))
              .getAttribute("href")
              .endsWith("search.html?theme=" + page.getFileName().toString().replace(".html", "")));
      filter.clear();
      filter.sendKeys("zzzqqqxx");
      answered(browser);
      assertEquals(
          String.format(
              Locale.ROOT,
              "No paper on this page matches; search the theme for all %,d.",
              Integer.parseInt(total)),
          status.getText());
    }
  }

  /** Waits for the search index's answer to a list filter's words. */
  private static void answered(Browser browser) {
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver(), java.time.Duration.ofSeconds(10))
        .until(
            d -> {
              String text = d.findElement(By.className("list-status")).getText();
              return !text.isEmpty() && !text.startsWith("Searching");
            });
  }

  @Test
  void pagedListsAndCappedThemePagesAreValidHtml() throws Exception {
    List<Path> pages = new ArrayList<>();
    try (Stream<Path> top = Files.list(site);
        Stream<Path> themes = Files.list(site.resolve("themes"))) {
      top.filter(p -> p.getFileName().toString().startsWith("papers")).forEach(pages::add);
      themes.filter(p -> p.toString().endsWith(".html")).forEach(pages::add);
    }
    pages.removeIf(Files::isDirectory);
    assertEquals(List.of(), NuChecker.check(site, pages.stream().sorted().toList()).errors());
  }
}
