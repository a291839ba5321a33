package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.RealBuild;
import dev.surveyor.support.SiteCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A theme's curated introduction agrees with the page's own lists: a paper it names is in the
 * theme, and one it names under a sub-topic's heading is listed in that sub-topic. A fresh reader
 * found about one paper in five named in one group and listed in another, or not at all.
 */
class ThemeIntroductionTest {
  @Test
  void theIntroductionNamesPapersWhereTheListsPutThem() {
    SiteCheck site = RealBuild.site();
    List<String> disagreements = new ArrayList<>();
    int named = 0;
    List<String> themes = site.pages().stream().filter(p -> p.startsWith("themes/")).toList();
    for (String theme : themes) {
      Element page = site.page(theme).body();
      // where the page lists each paper: its sub-topic's name
      Map<String, String> listedUnder = new HashMap<>();
      for (Element section : page.select("section.subtopic")) {
        String name = section.selectFirst("h3").ownText().strip();
        for (Element a : section.select(".paper-title a")) {
          listedUnder.put(fileName(a.attr("href")), name);
        }
      }
      Element intro = page.selectFirst("section.intro");
      if (intro == null) {
        continue;
      }
      String heading = "";
      // headings and paragraphs in reading order, the folded rest of the overview included
      for (Element block : intro.select("h3, p, li")) {
        if (block.tagName().equals("h3")) {
          heading = block.text().strip();
          continue;
        }
        for (Element a : block.select("a[href*=papers/]")) {
          named++;
          String paper = fileName(a.attr("href"));
          String where = listedUnder.get(paper);
          if (where == null) {
            disagreements.add(theme + ": \"" + a.text() + "\" is not in this theme");
          } else if (listedUnder.containsValue(heading) && !where.equals(heading)) {
            disagreements.add(
                theme
                    + ": \""
                    + a.text()
                    + "\" is named under \""
                    + heading
                    + "\", listed under \""
                    + where
                    + "\"");
          }
        }
      }
    }
    assertTrue(named >= 100, named + " papers named in the introductions");
    assertEquals(List.of(), disagreements, disagreements.size() + " of " + named);
  }

  private static String fileName(String href) {
    return href.substring(href.lastIndexOf('/') + 1);
  }
}
