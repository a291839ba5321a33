package dev.surveyor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.surveyor.build.Site;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.LabelReader;
import dev.surveyor.model.Label;
import dev.surveyor.model.LabelSet;
import dev.surveyor.model.Survey;
import dev.surveyor.support.Repo;
import dev.surveyor.support.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The theme rules scored on 2,883 papers of the llm-bible collection (read from ../shared/corpora,
 * never copied here): every paper of it that this survey's own labels do not cover, labelled blind
 * by the policy in five sets. The first four (600 each) were each held out and scored once and are
 * tuning data now; the fifth (the last 483) was labelled by people who never saw the rules and has
 * never been tuned on: it is the held-out set. The floors sit just under today's figures, so a rule
 * change that loses them fails.
 */
class ExternalLabelsTest {
  private static final Path COLLECTION =
      Repo.root().resolve("../shared/corpora/llm-bible/_publications").normalize();
  private static final Path LABELS = Repo.content().resolve("eval/llm-bible-labels.tsv");

  /** A second annotator's blind labels of 240 papers of the fourth and fifth sets. */
  private static final Path SECOND = Repo.content().resolve("eval/llm-bible-second-labels.tsv");

  /** Tuning F1 floors, a little under today's 0.878, 0.754, 0.629 and 0.812. */
  private static final F1Floors TUNING_FLOOR =
      new F1Floors(
          "tuning",
          Map.of("reasoning", 0.86, "instruction-tuning", 0.73, "curriculum", 0.60, "peft", 0.79));

  /**
   * Held-out F1 floors, a little under today's 0.625, 0.632, 0.800 and 0.846 (instruction tuning
   * and curriculum rest on 9 and 5 positive papers: one more found or missed moves them by 0.1; the
   * fresh-label re-tuning of issue 21 lost one instruction-tuning paper here and dropped a false
   * curriculum one, so both floors stay where they were).
   */
  private static final F1Floors HELD_OUT_FLOOR =
      new F1Floors(
          "held-out",
          Map.of("reasoning", 0.60, "instruction-tuning", 0.63, "curriculum", 0.55, "peft", 0.82));

  private static EvalResult result;
  private static LabelSet labels;
  private static Diagnostics diagnostics;

  @BeforeAll
  static void evaluate() throws Exception {
    assumeTrue(Files.isDirectory(COLLECTION), "the llm-bible corpus is not at " + COLLECTION);
    diagnostics = new Diagnostics();
    Survey survey = Site.load(Repo.content(), COLLECTION, diagnostics).survey();
    labels = LabelReader.read(LABELS, "eval/llm-bible-labels.tsv");
    result = Evaluation.evaluate(survey, labels);
  }

  @Test
  void aSixthOfTheLabelsIsHeldOutAndEveryOneNamesAPaperOfTheCollection() {
    assertEquals(2883, labels.labels().size());
    assertEquals(483, labels.labels().stream().filter(Label::heldOut).count());
    assertEquals(0, result.unmatched().size(), "unmatched: " + result.unmatched());
  }

  @Test
  void theCollectionsFilesAreNamedAsIfTheyWereSources() {
    assertEquals(
        "sources/template: warning: not a source file (*.jsonl, *.txt, *.md, *.markdown); skipped",
        diagnostics.sorted().stream().map(Diagnostic::format).reduce("", (a, b) -> a + b));
  }

  @Test
  void tuningF1StaysAboveItsFloor() {
    TUNING_FLOOR.check(result::tuning);
  }

  @Test
  void heldOutF1StaysAboveItsFloor() {
    HELD_OUT_FLOOR.check(result::heldOut);
  }

  @Test
  void theReportListsATuningAndAHeldOutRowPerTheme() {
    String report = EvalReport.format(result, EvalReport.Split.NONE);
    for (String theme : TUNING_FLOOR.floors().keySet()) {
      assertEquals(
          1,
          report.lines().filter(l -> l.matches(theme + " +tuning .*")).count(),
          theme + "\n" + report);
    }
    assertEquals(4, report.lines().filter(l -> l.matches(" +held-out .*")).count(), report);
  }

  @Test
  void aSecondAnnotatorLabelledPapersOfTheFirstsSetsAndEvalPrintsHowFarTheyAgree()
      throws Exception {
    Agreement.Result agreement =
        Agreement.compare(labels, LabelReader.read(SECOND, "eval/llm-bible-second-labels.tsv"));
    assertEquals(240, agreement.paired());
    assertEquals(List.of(), agreement.unpaired());
    assertEquals(
        labels.themes(), agreement.themes().stream().map(Agreement.ThemeAgreement::theme).toList());
    Run run =
        Run.of(
            "eval",
            "--content",
            Repo.content().toString(),
            "--sources",
            COLLECTION.toString(),
            "--labels",
            LABELS.toString(),
            "--agreement",
            SECOND.toString(),
            "-q");
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    int header =
        lines.indexOf(
            "Agreement of " + SECOND + " with " + LABELS + " on the 240 papers both label:");
    assertTrue(header > 0, run.out());
    for (Agreement.ThemeAgreement theme : agreement.themes()) {
      assertTrue(
          lines.subList(header, lines.size()).stream()
              .anyMatch(
                  l ->
                      l.startsWith(theme.theme() + " ")
                          && l.endsWith(
                              String.format(
                                  java.util.Locale.ROOT,
                                  "%5.2f %6.2f",
                                  theme.f1(),
                                  theme.kappa()))),
          theme + "\n" + run.out());
    }
  }
}
