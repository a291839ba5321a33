package dev.surveyor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.surveyor.build.Site;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.LabelReader;
import dev.surveyor.model.Label;
import dev.surveyor.model.LabelSet;
import dev.surveyor.model.Survey;
import dev.surveyor.support.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Grouping on new papers, as a curator who drops a new export into the sources would see it: the
 * 7,031 fresh papers of ../shared/corpora/fresh (JSON Lines, read in place, never copied), of which
 * 900 arXiv papers were labelled blind by the policy (content/eval/fresh-labels.tsv: 532 tuning,
 * 368 held out). The survey's learned model is taught by the tuning rows (learn_from) and decides
 * the rest; the held-out rows were scored once with the settings chosen by cross-validation on the
 * tuning rows. The floors sit just under the figures reached, so a change that loses them fails.
 */
class FreshLabelsTest {
  private static final Path FRESH = Repo.root().resolve("../shared/corpora/fresh").normalize();
  private static final Path LABELS = Repo.content().resolve("eval/fresh-labels.tsv");

  /**
   * Held-out F1 floors, a little under 0.81, 0.81, 0.94 and 0.84 with the model, on all 7,031
   * papers.
   */
  private static final F1Floors HELD_OUT_FLOOR =
      new F1Floors(
          "held-out",
          Map.of("reasoning", 0.78, "instruction-tuning", 0.76, "curriculum", 0.90, "peft", 0.80));

  private static EvalResult result;
  private static LabelSet labels;

  @BeforeAll
  static void evaluate() throws Exception {
    assumeTrue(Files.isDirectory(FRESH), "the fresh corpus is not at " + FRESH);
    Survey survey = Site.load(Repo.content(), FRESH, new Diagnostics()).survey();
    labels = LabelReader.read(LABELS, "eval/fresh-labels.tsv");
    result = Evaluation.evaluate(survey, labels);
  }

  @Test
  void nineHundredLabelsOfWhich368AreHeldOutEachNamingAFreshPaper() {
    assertEquals(900, labels.labels().size());
    assertEquals(368, labels.labels().stream().filter(Label::heldOut).count());
    assertEquals(0, result.unmatched().size(), "unmatched: " + result.unmatched());
  }

  @Test
  void heldOutF1StaysAboveItsFloor() {
    HELD_OUT_FLOOR.check(result::heldOut);
  }
}
