package dev.surveyor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.surveyor.analyze.Survey;
import dev.surveyor.analyze.SurveyAnalysis;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.Content;
import dev.surveyor.ingest.ContentReader;
import dev.surveyor.ingest.ListingIngest;
import dev.surveyor.support.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The theme rules scored on labels they were never tuned on: 600 papers of the llm-bible
 * collection (read from ../shared/corpora, never copied here), labelled blind by the policy.
 * The floors sit just under today's figures, so a rule change that generalises worse fails.
 */
class ExternalLabelsTest {
  private static final Path COLLECTION =
      Repo.root().resolve("../shared/corpora/llm-bible/_publications").normalize();
  private static final Path LABELS = Repo.content().resolve("eval/llm-bible-labels.tsv");
  /** Held-out F1 floors, a little under today's 0.774, 0.688, 0.500 and 0.719. */
  private static final Map<String, Double> FLOOR =
      Map.of("reasoning", 0.75, "instruction-tuning", 0.66, "curriculum", 0.45, "peft", 0.70);

  private static EvalResult result;
  private static LabelSet labels;
  private static Diagnostics diagnostics;

  @BeforeAll
  static void evaluate() throws Exception {
    assumeTrue(Files.isDirectory(COLLECTION), "the llm-bible corpus is not at " + COLLECTION);
    diagnostics = new Diagnostics();
    Content content = new ContentReader(Repo.content(), diagnostics).withSources(COLLECTION).read();
    Survey survey = SurveyAnalysis.analyze(content, ListingIngest.ingest(content, diagnostics), diagnostics);
    labels = LabelReader.read(LABELS, "eval/llm-bible-labels.tsv");
    result = Evaluation.evaluate(survey, labels);
  }

  @Test
  void everyLabelIsHeldOutAndNamesAPaperOfTheCollection() {
    assertEquals(600, labels.labels().size());
    assertTrue(labels.labels().stream().allMatch(Label::heldOut));
    assertEquals(0, result.unmatched().size(), "unmatched: " + result.unmatched());
    assertEquals(0, result.tuning().size());
  }

  @Test
  void theCollectionsFilesAreNamedAsIfTheyWereSources() {
    assertEquals(
        "sources/template: warning: not a source file (*.txt, *.md, *.markdown); skipped",
        diagnostics.sorted().stream().map(Diagnostic::format).reduce("", (a, b) -> a + b));
  }

  @Test
  void heldOutF1StaysAboveItsFloor() {
    FLOOR.forEach(
        (theme, floor) -> {
          double f1 = result.heldOut(theme).f1();
          assertTrue(f1 >= floor, theme + " held-out F1 " + f1 + " fell under " + floor);
        });
  }

  @Test
  void theReportListsTheHeldOutScores() {
    String report = EvalReport.format(result, EvalReport.Split.NONE);
    for (String theme : FLOOR.keySet()) {
      assertTrue(report.lines().anyMatch(l -> l.startsWith(theme) && l.contains("held-out")), report);
    }
  }
}
