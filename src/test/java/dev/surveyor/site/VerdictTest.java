package dev.surveyor.site;

import static dev.surveyor.support.MiniSite.ABSTRACT_TAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.support.MiniSite;
import dev.surveyor.support.Run;
import dev.surveyor.support.SiteCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A curator's verdict, {@code themes: [...]}, gives a paper's exact themes whatever the rules say.
 */
class VerdictTest {
  @TempDir static Path dir;
  private static MiniSite mini;
  private static SiteCheck check;

  @BeforeAll
  static void build() {
    mini =
        new MiniSite(dir)
            .file("survey.md", "---\ntitle: Verdicts\nlisting_year: 2025\n---\nIntro.\n")
            .file(
                "themes/peft.md",
                "---\nname: PEFT\norder: 1\nrules:\n  threshold: 3\n  cues:\n    LoRA: 3\n---\nLow.\n")
            .file(
                "themes/reasoning.md",
                "---\nname: Reasoning\norder: 2\nrules:\n  threshold: 3\n  cues:\n"
                    + "    reasoning: 3\n---\nThink.\n")
            .file(
                "sources/listing.txt",
                "LoRA for Reasoning\nWe adapt models with LoRA for reasoning."
                    + ABSTRACT_TAIL
                    + "\nLoRA Everywhere\nWe adapt models with LoRA."
                    + ABSTRACT_TAIL
                    + "\nPlain Prompting\nWe study prompts."
                    + ABSTRACT_TAIL
                    + "\n")
            // The rules put it in both themes; the curator says PEFT alone, and keeps a note.
            .file(
                "papers/lora-for-reasoning.md",
                "---\nthemes: [peft]\n---\nReasoning is only the benchmark here.\n")
            // The rules put it in PEFT; the curator says none, with no note.
            .file("papers/lora-everywhere.md", "---\nthemes: []\n---\n")
            // The rules put it nowhere; the curator says reasoning.
            .file("papers/plain-prompting.md", "---\nthemes: [reasoning]\n---\n");
    Run run = Run.of(mini.buildArgs());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    check = new SiteCheck(mini.out());
  }

  @Test
  void theVerdictIsThePapersExactThemes() throws Exception {
    JsonNode papers =
        new ObjectMapper().readTree(Files.readString(mini.out().resolve("data/papers.json")));
    StringBuilder themes = new StringBuilder();
    for (JsonNode p : papers) {
      themes.append(p.get("slug").asText()).append(' ').append(p.get("themes")).append('\n');
    }
    assertEquals(
        """
        lora-everywhere []
        lora-for-reasoning ["peft"]
        plain-prompting ["reasoning"]
        """,
        themes.toString());
  }

  @Test
  void thePaperPageShowsTheVerdictAsTheCuratorsDecision() {
    Document page = check.page("papers/lora-for-reasoning.html");
    assertEquals(
        "A curator decided its themes: PEFT.", page.selectFirst(".curator-decision").text());
    assertEquals(
        List.of(
            "In this theme by the curator's decision; the theme's phrases give 9 points (a paper joins the theme at 3 points)."),
        page.select(".verdict:not(.removed) .decision").eachText());
    assertEquals(
        List.of(
            "Not in this theme by the curator's decision; the theme's phrases give 9 points (a paper joins the theme at 3 points)."),
        page.select(".verdict.removed .decision").eachText());
    assertEquals(
        "Reasoning is only the benchmark here.", page.selectFirst(".curator-note .prose").text());

    Document none = check.page("papers/lora-everywhere.html");
    assertEquals(
        "A curator decided that it belongs in none of the themes.",
        none.selectFirst(".curator-decision").text());
    assertEquals(
        List.of(
            "Not in this theme by the curator's decision; the theme's phrases give 9 points (a paper joins the theme at 3 points)."),
        none.select(".verdict.removed .decision").eachText());

    Document added = check.page("papers/plain-prompting.html");
    assertEquals(
        List.of(
            "In this theme by the curator's decision; the theme's phrases give 0 points (a paper joins the theme at 3 points)."),
        added.select(".verdict .decision").eachText());
    assertEquals(List.of(), check.brokenLinks());
  }
}
