package dev.surveyor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.build.Site;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.LabelReader;
import dev.surveyor.model.LabelSet;
import dev.surveyor.support.Repo;
import dev.surveyor.support.Run;
import dev.surveyor.support.Verdicts;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code eval --simulate-review}: the review queue answered from the labels, on the real survey.
 */
class ReviewSimulationTest {
  @Test
  void answeringTheQueueFromTheLabelsOnlyImprovesTheSurvey() throws Exception {
    Path content = Repo.content();
    Site.Loaded loaded = Site.load(content, null, new Diagnostics());
    LabelSet labels =
        LabelReader.read(content.resolve("eval/labels.tsv"), "content/eval/labels.tsv");
    ReviewSimulation.Curve curve =
        ReviewSimulation.run(loaded, labels, List.of(0.05, 0.1, 0.2, 1.0));
    // a paper with a verdict (here, one placed outside the survey's scope) is not queued
    int queued = 469 - (int) Verdicts.count();
    assertEquals(queued, curve.queued(), "every paper without a verdict is queued");
    List<ReviewSimulation.Step> steps = curve.steps();
    assertEquals(List.of(0.0, 0.05, 0.1, 0.2, 1.0), steps.stream().map(s -> s.share()).toList());
    assertEquals(
        List.of(
            0,
            (int) Math.round(0.05 * queued),
            (int) Math.round(0.1 * queued),
            (int) Math.round(0.2 * queued),
            queued),
        steps.stream().map(s -> s.asked()).toList());
    for (int i = 0; i < steps.size(); i++) {
      ReviewSimulation.Step step = steps.get(i);
      assertEquals(step.asked(), step.answered(), "every paper of the survey is labelled");
      assertEquals(step.answered(), step.asAnswered(), "answered papers show their verdict");
      assertEquals(
          labels.themes(), step.scores().stream().map(ThemeScore::theme).toList(), "per theme");
      if (i > 0) {
        assertTrue(
            step.macroF1() >= steps.get(i - 1).macroF1(),
            "an answer can only help: " + steps.get(i - 1).macroF1() + " then " + step.macroF1());
      }
    }
    assertTrue(steps.get(0).macroF1() < 1, "the survey has some wrong calls to start with");
    for (ThemeScore score : steps.get(4).scores()) {
      assertEquals(0, score.falsePositives() + score.falseNegatives(), "all answered: all right");
    }
  }

  @Test
  void theCommandPrintsTheCurveAndRefusesAShareOutsideZeroToOne() {
    Run bad = Run.of("eval", "--content", Repo.content().toString(), "--simulate-review", "0,2");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("between 0 and 1"), bad.err());
    Run run = Run.of("eval", "--content", Repo.content().toString(), "--simulate-review", "0.1");
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(
        lines
            .get(0)
            .startsWith(
                "simulated review: the first papers of the queue (" + (469 - Verdicts.count())),
        lines.get(0));
    assertEquals(
        List.of("0%", "10%"),
        lines.stream()
            .filter(l -> l.matches("\\d+% .*"))
            .map(l -> l.substring(0, l.indexOf(' ')))
            .toList());
    assertEquals(2, lines.stream().filter(l -> l.contains("macro-F1")).count());
  }
}
