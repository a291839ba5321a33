package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.support.MiniSite;
import dev.surveyor.support.Run;
import dev.surveyor.support.SiteCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home page starts a theme whose introduction links no paper with its strongest matches, said
 * to be the rules' picks, on a copy of the real content whose introductions lose their links.
 */
class HomeStartsFallbackTest {
  private static final List<String> THEMES =
      List.of("reasoning", "instruction-tuning", "curriculum", "peft");

  @TempDir Path dir;

  /** The real content with the paper links of {@code unlinked} themes' introductions made text. */
  private Path built(Set<String> unlinked) {
    MiniSite copy = MiniSite.realCopy(dir);
    for (String theme : unlinked) {
      copy.edit(
          "themes/" + theme + ".md", s -> s.replaceAll("\\[([^\\]]*)\\]\\(paper:[^)]*\\)", "$1"));
    }
    Run run = Run.of(copy.buildArgs());
    assertEquals(0, run.exitCode(), run.err());
    return copy.out();
  }

  /** A theme's three papers that score the most on its phrases, from the site's own export. */
  private static List<String> strongest(Path out, String theme) throws Exception {
    List<JsonNode> papers = new ArrayList<>();
    new ObjectMapper().readTree(out.resolve("data/papers.json").toFile()).forEach(papers::add);
    return papers.stream()
        .filter(p -> p.get("themes").toString().contains("\"" + theme + "\""))
        .sorted(
            Comparator.comparingDouble((JsonNode p) -> -p.at("/scores/" + theme).asDouble())
                .thenComparing(p -> p.get("slug").asText()))
        .limit(3)
        .map(p -> "papers/" + p.get("slug").asText() + ".html")
        .toList();
  }

  private static Element column(Element section, String theme) {
    return section.select(".theme-starts > section").stream()
        .filter(s -> s.selectFirst("h3 a").attr("href").equals("themes/" + theme + ".html"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aThemeWhoseIntroductionLinksNoPaperShowsItsStrongestMatchesSaidToBeTheRules()
      throws Exception {
    Path out = built(Set.of("peft"));
    Element section =
        new SiteCheck(out).page("index.html").selectFirst("section:has(> #start-heading)");
    assertEquals("Where to start", section.selectFirst("h2").text());
    String said = section.selectFirst("p.note").text();
    assertTrue(said.contains("picked by its curator") && said.contains("links no paper"), said);
    Element peft = column(section, "peft");
    String note = peft.selectFirst("p.note").text();
    assertTrue(note.contains("links no paper") && note.contains("strongest matches"), note);
    assertTrue(note.contains("not importance"), note);
    assertEquals(strongest(out, "peft"), peft.select(".paper-title a").eachAttr("href"));
    // the others are still the curator's picks, without a note of their own
    for (String theme : List.of("reasoning", "instruction-tuning", "curriculum")) {
      Element other = column(section, theme);
      assertTrue(other.select("p.note").isEmpty(), theme);
      // the first two it links, then the third or, when those two share another theme, the
      // first it links outside that one (Curriculum's first three are all in Reasoning)
      List<String> linked =
          ReaderPageSiteTest.linkedBy(theme).stream().map(p -> "papers/" + p + ".html").toList();
      List<String> shown = other.select(".paper-title a").eachAttr("href");
      assertEquals(linked.subList(0, 2), shown.subList(0, 2), theme);
      assertTrue(linked.contains(shown.get(2)), theme);
    }
  }

  @Test
  void withNoIntroductionLinkingAPaperTheBlockIsTheRulesStrongestMatches() throws Exception {
    Path out = built(Set.copyOf(THEMES));
    Document home = new SiteCheck(out).page("index.html");
    Element section = home.selectFirst("section:has(> #start-heading)");
    assertEquals("Strongest matches for each theme", section.selectFirst("h2").text());
    String note = section.selectFirst("p.note").text();
    assertTrue(note.contains("score the most points") && note.contains("not importance"), note);
    assertEquals(1, section.select("p.note").size(), "one note, for the whole block");
    for (String theme : THEMES) {
      assertEquals(
          strongest(out, theme), column(section, theme).select(".paper-title a").eachAttr("href"));
    }
  }
}
