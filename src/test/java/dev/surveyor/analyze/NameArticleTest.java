package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.model.Paper;
import dev.surveyor.support.FreshListing;
import dev.surveyor.support.RealSurvey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A fresh reader found "Introduces LoRAMoE. The LoRAMoE is a plugin version of ..." (summ16). */
class NameArticleTest {
  @Test
  void aNameGivenBeforeLosesTheArticleItWasRepeatedWith() {
    assertEquals(
        "Introduces LoRAMoE. LoRAMoE is a plugin version of Mixture of Experts (MoE).",
        NameArticle.dropped(
            "Introduces LoRAMoE. The LoRAMoE is a plugin version of Mixture of Experts (MoE)."));
    for (String kept :
        List.of(
            "Compares GPT-4 with people. The GPT-4 model is better at planning.",
            "Studies RLHF. The RLHF-trained models outperform SFT.",
            "Introduces a plugin. The LoRAMoE is a plugin version of Mixture of Experts.",
            "Introduces the Transformer. The Transformer is an architecture.")) {
      assertEquals(kept, NameArticle.dropped(kept));
    }
  }

  @Test
  void theRealLoRAMoESummaryNamesItsMethodWithoutAnArticle() throws Exception {
    List<Paper> papers = RealSurvey.captured();
    int changed = 0;
    for (Paper paper : papers) {
      String shown = PaperSummary.of(paper.title(), paper.abstractText());
      assertTrue(!shown.contains(". The LoRAMoE "), shown);
      // summ19: the article dropped, the name's sentence joins the name (NameApposition)
      changed += shown.contains("Introduces LoRAMoE, a plugin version") ? 1 : 0;
    }
    assertEquals(1, changed);
  }

  /** On the fresh corpora each change drops only a "The " before a name the summary gave. */
  @Test
  void theFreshCorporaLoseOnlyTheArticle() throws Exception {
    assumeTrue(Files.isDirectory(FreshListing.FRESH), "no fresh corpora at " + FreshListing.FRESH);
    ObjectMapper json = new ObjectMapper();
    List<String> changes = new ArrayList<>();
    try (Stream<Path> files = Files.list(FreshListing.FRESH)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(file)) {
          JsonNode paper = json.readTree(line);
          String text = paper.path("abstract").asText("");
          if (text.isBlank()) {
            continue;
          }
          String before =
              Puffery.dropped(
                  SummaryVoice.of(PaperSummary.inOwnWords(paper.path("title").asText(""), text)));
          String after = NameArticle.dropped(before);
          if (!before.equals(after)) {
            assertEquals(
                before.length() - after.length(),
                4 * (before.split(". The ").length - after.split(". The ").length),
                before);
            changes.add(before + "\t" + after);
          }
        }
      }
    }
    Files.write(Path.of("target", "name-article-fresh.tsv"), changes);
    assertTrue(changes.size() < 40, changes.size() + " changed");
  }
}
