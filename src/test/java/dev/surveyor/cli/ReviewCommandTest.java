package dev.surveyor.cli;

import static dev.surveyor.support.MiniSite.ABSTRACT_TAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.support.MiniSite;
import dev.surveyor.support.Repo;
import dev.surveyor.support.Run;
import dev.surveyor.support.Verdicts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code surveyor review}: the papers most worth a curator's answer, least sure first. */
class ReviewCommandTest {
  /** Threshold 6; LoRA is 3 a match, twice in a title: scores 0, 3, 6 and 9 below. */
  private static MiniSite site(Path dir) {
    return new MiniSite(dir)
        .file("survey.md", "---\ntitle: Review\nlisting_year: 2025\n---\nIntro.\n")
        .file(
            "themes/peft.md",
            "---\nname: PEFT\nrules:\n  threshold: 6\n  cues:\n    LoRA: 3\n---\nLow.\n")
        .file(
            "sources/listing.txt",
            "Plain Prompting\nWe study prompts."
                + ABSTRACT_TAIL
                + "\nA Study of Adapters\nWe compare LoRA with others."
                + ABSTRACT_TAIL
                + "\nLoRA at Scale\nWe scale it up."
                + ABSTRACT_TAIL
                + "\nLoRA Everywhere\nWe adapt models with LoRA."
                + ABSTRACT_TAIL
                + "\n");
  }

  private static String[] args(MiniSite mini, String... more) {
    List<String> all = new ArrayList<>(List.of("review", "--content", mini.content().toString()));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  @Test
  void listsTheLeastSureFirstMissesIncluded(@TempDir Path dir) {
    MiniSite mini = site(dir);
    Run run = Run.of(args(mini));
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertEquals(
        """
        1. LoRA at Scale
           lora-at-scale
           proposed: peft; why asked: peft: rules 6 of 6
        2. A Study of Adapters
           a-study-of-adapters
           proposed: no theme; why asked: peft: rules 3 of 6
        3. LoRA Everywhere
           lora-everywhere
           proposed: peft; why asked: peft: rules 9 of 6
        4. Plain Prompting
           plain-prompting
           proposed: no theme; why asked: peft: rules 0 of 6
        4 of 4 papers have no verdict
        """,
        run.out());
  }

  @Test
  void jsonIsOneArrayAndAVerdictTakesAPaperOffTheQueue(@TempDir Path dir) throws Exception {
    MiniSite mini = site(dir).file("papers/lora-at-scale.md", "---\nthemes: [peft]\n---\n");
    Run run = Run.of(args(mini, "--json", "--limit", "2"));
    assertEquals(0, run.exitCode(), run.err());
    JsonNode array = new ObjectMapper().readTree(run.out());
    assertTrue(array.isArray());
    assertEquals(
        "[{\"slug\":\"a-study-of-adapters\",\"title\":\"A Study of Adapters\",\"themes\":[],"
            + "\"reason\":\"peft: rules 3 of 6\",\"margin\":0.5},"
            + "{\"slug\":\"lora-everywhere\",\"title\":\"LoRA Everywhere\",\"themes\":[\"peft\"],"
            + "\"reason\":\"peft: rules 9 of 6\",\"margin\":0.5}]",
        array.toString());
  }

  @Test
  void nothingToReviewIsNoFailure(@TempDir Path dir) throws Exception {
    MiniSite mini =
        site(dir)
            .file("papers/plain-prompting.md", "---\nthemes: []\n---\n")
            .file("papers/a-study-of-adapters.md", "---\nthemes: [peft]\n---\n")
            .file("papers/lora-at-scale.md", "---\nthemes: [peft]\n---\n")
            .file("papers/lora-everywhere.md", "---\nthemes: [peft]\n---\n");
    Run json = Run.of(args(mini, "--json"));
    assertEquals(0, json.exitCode(), json.err());
    assertEquals(0, new ObjectMapper().readTree(json.out()).size());
    Run text = Run.of(args(mini));
    assertEquals(0, text.exitCode(), text.err());
    assertEquals("0 of 4 papers have no verdict; nothing to review\n", text.out());
  }

  @Test
  void brokenContentFailsWithItsDiagnostic(@TempDir Path dir) {
    MiniSite mini = site(dir).file("papers/lora-at-scale.md", "---\nthemes: [pef]\n---\n");
    Run run = Run.of(args(mini, "--json"));
    assertEquals(1, run.exitCode());
    assertEquals("", run.out(), "no half answer on stdout");
    assertTrue(
        run.err()
            .startsWith(
                "papers/lora-at-scale.md:2:10: error: no theme has the slug 'pef' (themes: peft)"),
        run.err());
  }

  @Test
  void theRealSurveysQueueHoldsEveryPaperLeastSureFirst() throws Exception {
    Run run = Run.of("review", "--content", Repo.content().toString(), "--json", "--limit", "1000");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode queue = new ObjectMapper().readTree(run.out());
    // a paper with a verdict leaves the queue: here, the papers placed outside the scope
    long decided = Verdicts.count();
    assertTrue(decided >= 15, decided + " papers decided");
    assertEquals(469 - decided, queue.size(), "every paper without a verdict is in the queue");
    for (int i = 1; i < queue.size(); i++) {
      assertTrue(
          queue.get(i - 1).get("margin").asDouble() <= queue.get(i).get("margin").asDouble());
    }
    // The first are at a threshold exactly: a coin toss.
    assertEquals(0, queue.get(0).get("margin").asDouble());
    assertTrue(queue.get(0).get("reason").asText().matches("[a-z-]+: rules [0-9.]+ of [0-9.]+"));
  }
}
