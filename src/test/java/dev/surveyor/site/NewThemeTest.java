package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.MiniSite;
import dev.surveyor.support.Repo;
import dev.surveyor.support.Run;
import dev.surveyor.support.SiteCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding a theme is adding one file: no code knows the survey's themes. */
class NewThemeTest {
  private static final String AGENTS =
      """
      ---
      name: Agents and tool use
      order: 5
      digest: "LLMs that act: agents, tool calls, web and environment interaction."
      rules:
        threshold: 6
        title_weight: 3
        cues:
          agent: 3
          agentic: 3
          tool use: 3
          tool-use: 3
          tool learning: 3
          function calling: 3
          web navigation: 3
          multi-agent: 2
          environment: 1
      ---
      Papers in which the model acts: it calls tools, browses, or works in an environment.
      See also [reasoning](theme:reasoning).
      """;

  @Test
  void aThemeFileAloneGivesAPopulatedThemePage(@TempDir Path dir) throws Exception {
    MiniSite site = new MiniSite(dir);
    MiniSite.copyTree(Repo.content(), site.content());
    Files.writeString(site.content().resolve("themes/agents.md"), AGENTS);
    Run run = Run.of(site.buildArgs());
    assertEquals(0, run.exitCode(), run.err());

    SiteCheck built = new SiteCheck(site.out());
    Document page = built.page("themes/agents.html");
    int papers = page.select(".paper-title a").size();
    assertTrue(papers >= 10, "the agents theme finds papers in the real listings: " + papers);
    assertEquals("Agents and tool use", page.selectFirst("h1").text());
    assertTrue(
        built.page("index.html").select(".theme-card h3").text().contains("Agents and tool use"));
    assertTrue(built.page("index.html").select(".site-nav").text().contains("Agents and tool use"));
    String paper = page.selectFirst(".paper-title a").attr("href").replace("../", "");
    assertTrue(
        built.page(paper).select(".verdict").text().contains("Agents and tool use"),
        "a member's page explains why it is in the new theme");
    assertEquals(List.of(), built.brokenLinks());
  }

  @Test
  void aCuratorNamesALineOfWorkAmongThePapersInNoTheme(@TempDir Path dir) throws Exception {
    MiniSite site = new MiniSite(dir);
    MiniSite.copyTree(Repo.content(), site.content());
    Path survey = site.content().resolve("survey.md");
    String text = Files.readString(survey);
    Files.writeString(
        survey,
        // the survey's own names give way to this one
        text.replaceFirst(
            "(?m)^other_subtopics:\n(  .*\n)+",
            "other_subtopics:\n  - name: Agents and tool use\n    phrases: [tool use, agent]\n"));
    assertTrue(Files.readString(survey).contains("[tool use, agent]"));
    Run run = Run.of(site.buildArgs());
    assertEquals(0, run.exitCode(), run.err());

    Document other = new SiteCheck(site.out()).page("themes/other.html");
    List<String> subtopics = other.select(".subtopic h3").eachText();
    assertTrue(
        subtopics.stream().anyMatch(h -> h.startsWith("Agents and tool use")),
        subtopics.toString());
    var agents =
        other.select(".subtopic:has(h3:containsOwn(Agents and tool use)) .paper-title").eachText();
    assertTrue(
        agents.stream().filter(t -> t.contains("Agent") || t.contains("Tool")).count() >= 3,
        agents.toString());
  }
}
