package dev.surveyor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.surveyor.bench.ReviewTuning;
import dev.surveyor.build.Site;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.LabelReader;
import dev.surveyor.model.Label;
import dev.surveyor.model.LabelSet;
import dev.surveyor.model.Survey;
import dev.surveyor.support.FreshListing;
import dev.surveyor.support.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grouping on new papers, as a curator who drops a new export into the sources would see it: the
 * 7,031 fresh papers of ../shared/corpora/fresh (JSON Lines, read in place, never copied), of which
 * 2,084 were labelled blind by the policy (content/eval/fresh-labels.tsv): 1,500 arXiv papers as
 * tuning rows (the 968 held out until round 4 were scored once there and then joined them) and
 * round 5's held-out sample of 584 (454 arXiv, 130 ACL Anthology papers with a topic word in the
 * title), labelled by three new annotators and scored once with round 5's settings. The survey's
 * learned model is taught by the tuning rows (learn_from) and decides the rest. The settings are
 * judged by two-fold cross-validation inside the tuning rows (bench/review-tuning), guarded here on
 * one split; held-out rows, when a new blind sample adds them, are scored with the settings as they
 * are. The floors sit just under the figures reached, so a change that loses them fails.
 */
class FreshLabelsTest {
  private static final Path FRESH = FreshListing.FRESH;
  private static final Path LABELS = FreshListing.LABELS;

  /**
   * Held-out F1 floors, a little under 0.77, 0.91, 0.92 and 0.90 with the model, on all 7,031
   * papers (round 5's held-out sample, no answers).
   */
  private static final F1Floors HELD_OUT_FLOOR =
      new F1Floors(
          "held-out",
          Map.of("reasoning", 0.75, "instruction-tuning", 0.89, "curriculum", 0.90, "peft", 0.88));

  /**
   * Held-out F1 floors after the first 10% of the queue is answered (208 of 2,084), a little under
   * 0.860, 0.933, 0.982 and 0.977: round 5's held-out sample, scored once with round 5's settings
   * (macro 0.938). Curriculum's floor is 0.95 since cues14 (cue words counted only in their own
   * forms) moved one of its 27 held-out papers through the model and the queue (0.964); the rules
   * were tuned on the tuning rows only, so the floor follows the figure rather than the other way.
   */
  private static final Map<String, Double> SIM_FLOORS =
      Map.of("reasoning", 0.85, "instruction-tuning", 0.92, "curriculum", 0.95, "peft", 0.96);

  /**
   * Cross-validation inside the tuning rows, the first split of bench/review-tuning (one half
   * teaching, the other scored, then the other way round): the untaught papers' F1 after 10% of the
   * queue answered, a little under 0.920, 0.933, 0.948 and 0.932 (macro 0.933; round 4's settings
   * gave 0.906, 0.921, 0.948 and 0.909).
   */
  private static final Map<String, Double> CV_FLOORS =
      Map.of("reasoning", 0.90, "instruction-tuning", 0.92, "curriculum", 0.93, "peft", 0.92);

  /** The same split with no answers: macro-F1 0.873 (the issue asks 0.80 of a new listing). */
  private static final double CV_UNANSWERED_MACRO_FLOOR = 0.86;

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
  void fifteenHundredTuningLabelsAndTheRoundFiveHeldOutSampleEachNamingAFreshPaper() {
    assertEquals(1500, labels.labels().stream().filter(label -> !label.heldOut()).count());
    assertEquals(584, labels.labels().stream().filter(Label::heldOut).count());
    assertEquals(0, result.unmatched().size(), "unmatched: " + result.unmatched());
  }

  @Test
  void heldOutF1StaysAboveItsFloor() {
    assumeHeldOutRows();
    HELD_OUT_FLOOR.check(result::heldOut);
  }

  /**
   * The settings' own measure: the tuning papers as a new listing, one half teaching and the other
   * untaught (then the other way round), the first 10% of the queue answered from the labels.
   */
  @Test
  void crossValidationInsideTheTuningRowsStaysAboveItsFloors(@TempDir Path listing)
      throws Exception {
    Files.write(
        listing.resolve("tuning.jsonl"), FreshListing.lines(row -> row[1].equals("tuning")));
    List<Label> tuning = labels.labels().stream().filter(label -> !label.heldOut()).toList();
    Diagnostics diagnostics = new Diagnostics();
    Site.Loaded base = Site.load(Repo.content(), listing, diagnostics);
    assertEquals(tuning.size(), base.survey().papers().size(), diagnostics.sorted().toString());
    Map<Double, List<Map<String, int[]>>> pooled =
        ReviewTuning.crossValidate(base, labels, tuning, 1, List.of(0.1), true, null);
    Map<String, int[]> unanswered = pooled.get(0.0).get(0);
    double macro =
        unanswered.values().stream().mapToDouble(ReviewTuning::f1).average().orElseThrow();
    assertTrue(macro >= CV_UNANSWERED_MACRO_FLOOR, "macro-F1 with no answers " + macro);
    Map<String, int[]> tenth = pooled.get(0.1).get(0);
    assertEquals(CV_FLOORS.keySet(), tenth.keySet());
    CV_FLOORS.forEach(
        (theme, floor) -> {
          double f1 = ReviewTuning.f1(tenth.get(theme));
          assertTrue(f1 >= floor, theme + " untaught F1 after 10% " + f1 + " fell under " + floor);
        });
  }

  /**
   * The curator's side: the 2,084 labelled papers dropped in as a new listing, the first 10% of the
   * review queue answered from the labels (208 papers), scored on the held-out rows: the papers no
   * label taught.
   */
  @Test
  void answeringATenthOfTheQueueLiftsThePapersNoLabelTaught(@TempDir Path listing)
      throws Exception {
    assumeHeldOutRows();
    Files.write(listing.resolve("fresh-labelled.jsonl"), FreshListing.lines(row -> true));
    Diagnostics diagnostics = new Diagnostics();
    Site.Loaded loaded = Site.load(Repo.content(), listing, diagnostics);
    int papers = labels.labels().size();
    assertEquals(papers, loaded.survey().papers().size(), diagnostics.sorted().toString());
    ReviewSimulation.Step tenth = ReviewSimulation.run(loaded, labels, List.of(0.1)).steps().get(1);
    assertEquals(Math.round(0.1 * papers), tenth.asked());
    assertEquals(tenth.asked(), tenth.answered(), "every paper of the listing is labelled");
    assertEquals(tenth.answered(), tenth.asAnswered(), "answered papers show their verdict");
    new F1Floors("held-out after 10%", SIM_FLOORS)
        .check(theme -> byTheme(tenth.heldOut()).get(theme));
  }

  /** The held-out tests wait for held-out rows: a new blind sample, added by the lead. */
  private static void assumeHeldOutRows() {
    assumeTrue(
        labels.labels().stream().anyMatch(Label::heldOut),
        "no held-out rows in " + LABELS + " yet");
  }

  private static Map<String, ThemeScore> byTheme(List<ThemeScore> scores) {
    return scores.stream()
        .collect(Collectors.toMap(ThemeScore::theme, s -> s, (a, b) -> a, LinkedHashMap::new));
  }
}
