package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.MiniSite;
import dev.surveyor.support.Run;
import dev.surveyor.support.SiteCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper note's {@code title:} and {@code abstract:} replace what the capture broke: the page, the
 * lists and search show the curated text, marked, with the captured text one click away.
 */
class CuratedTextSiteTest {
  @Test
  void aCuratedTitleAndAbstractReplaceTheCapturedOnesEverywhere(@TempDir Path dir)
      throws Exception {
    MiniSite mini =
        MiniSiteTest.site(dir)
            .file(
                "papers/lora-for-everyone.md",
                """
                ---
                add_themes: [peft]
                title: LoRA for Everyone, Curated
                abstract: We adapt models with LoRA at a low cost. The curated abstract says so.
                ---
                The capture garbled both.
                """);
    Run run = Run.of(mini.buildArgs());
    assertEquals(0, run.exitCode(), run.err());
    SiteCheck check = new SiteCheck(mini.out());
    // the address stays the one the captured title gave
    Document page = check.page("papers/lora-for-everyone.html");
    assertEquals("LoRA for Everyone, Curated", page.selectFirst("h1").text());
    assertEquals(
        "We adapt models with LoRA at a low cost. The curated abstract says so.",
        page.selectFirst(".abstract").text());
    assertEquals(
        "Curated text: a curator corrected the title and abstract. Show the title and abstract as"
            + " captured",
        page.selectFirst("details.captured summary .on-screen").text());
    // on paper the same place marks the capture as such (the print stylesheet swaps them)
    assertEquals(
        "The title and abstract as captured, which a curator corrected above:",
        page.selectFirst("details.captured summary .on-paper").text());
    assertEquals("LoRA for Everyone", page.selectFirst(".captured-title").text());
    assertTrue(page.selectFirst(".captured-abstract").text().startsWith("We adapt models with"));
    // the abstract's link went with the captured text
    assertTrue(page.select(".abstract a").isEmpty());

    Document theme = check.page("themes/peft.html");
    assertTrue(theme.select(".paper-title").eachText().contains("LoRA for Everyone, Curated"));
    StringBuilder pieces = new StringBuilder(); // the search index, every piece of it
    try (java.util.stream.Stream<Path> files = Files.list(mini.out().resolve("assets/search"))) {
      for (Path piece : files.sorted().toList()) {
        pieces.append(Files.readString(piece));
      }
    }
    String index = pieces.toString();
    assertTrue(index.contains("LoRA for Everyone, Curated"));
    assertFalse(index.contains("github.com/x/lora"));
  }
}
