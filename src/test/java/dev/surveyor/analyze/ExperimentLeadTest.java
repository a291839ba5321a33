package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.ContentReader;
import dev.surveyor.ingest.ListingIngest;
import dev.surveyor.model.Content;
import dev.surveyor.model.Paper;
import dev.surveyor.support.Repo;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A fresh reader (summ20) found "extensive experiments" in 23 list summaries: a lead before the
 * finding, or an adjective that gives no measure. {@link ExperimentLead} drops it, the finding kept
 * as the abstract says it.
 */
class ExperimentLeadTest {
  /** The words a drop may take: the lead, its closing form, the adjective. */
  private static final Set<String> LEAD =
      Set.of(
          "extensive",
          "experiments",
          "and",
          "analyses",
          "analysis",
          "demonstrate",
          "show",
          "confirm",
          "indicate",
          "reveal",
          "report",
          "verify",
          "validate",
          "suggest",
          "that",
          "through",
          "via",
          "with",
          "by");

  @Test
  void aBareLeadGivesWayToItsFinding() {
    assertEquals(
        "Proposes PART. PART consistently disrupts distillation.",
        ExperimentLead.dropped(
            "Proposes PART. Extensive experiments demonstrate that PART consistently disrupts"
                + " distillation."));
    assertEquals(
        "Proposes AbsInstruct. The framework enhances abstraction.",
        ExperimentLead.dropped(
            "Proposes AbsInstruct. Extensive experiments and analyses demonstrate that the"
                + " framework enhances abstraction."));
    assertEquals(
        "Demonstrates that MaskSearch enhances search agents.",
        ExperimentLead.dropped(
            "Demonstrates that MaskSearch enhances search agents, through extensive"
                + " experiments."));
  }

  @Test
  void whatTheExperimentsRanOnStaysWithoutTheAdjective() {
    assertEquals(
        "Proposes ReFT. Experiments on GSM8K, MathQA, and SVAMP show that ReFT outperforms SFT.",
        ExperimentLead.dropped(
            "Proposes ReFT. Extensive experiments on GSM8K, MathQA, and SVAMP show that ReFT"
                + " outperforms SFT."));
    assertEquals(
        "Reveals that larger models are not stronger teachers, through experiments across five"
            + " base models.",
        ExperimentLead.dropped(
            "Reveals that larger models are not stronger teachers, through extensive experiments"
                + " across five base models."));
  }

  @Test
  void aFindingThatLeansOnTheLeadKeepsIt() {
    String pronoun = "Proposes X. Extensive experiments show that it outperforms Y.";
    assertEquals(
        "Proposes X. Experiments show that it outperforms Y.", ExperimentLead.dropped(pronoun));
    // "the idea" was never shown: the finding would open on a subject with no antecedent
    String unshown =
        "Studies how models learn to reason. Extensive experiments show that the idea works on five"
            + " benchmarks.";
    assertEquals(
        "Studies how models learn to reason. Experiments show that the idea works on five"
            + " benchmarks.",
        ExperimentLead.dropped(unshown));
  }

  /**
   * The real survey, the summaries the rules give: each edit drops only the lead's words, the
   * finding's first letter raised; 25 change (24 on the lists, /work/panel/summ20-3col.tsv; GKG-LLM
   * shows its curator's), 10 by the whole lead, and none keeps "extensive experiments".
   */
  @Test
  void theRealSummariesLoseOnlyTheLead() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Content content = new ContentReader(Repo.content(), diagnostics).read();
    List<Paper> papers = ListingIngest.ingest(content, diagnostics).papers();
    int changed = 0;
    int wholeLead = 0;
    for (Paper paper : papers) {
      String before =
          Puffery.dropped(
              SummaryVoice.of(PaperSummary.inOwnWords(paper.title(), paper.abstractText())));
      String after = ExperimentLead.dropped(before);
      DroppedWords.assertOnlyDropped(LEAD, before, after);
      assertFalse(after.contains("xtensive experiments"), after);
      changed += before.equals(after) ? 0 : 1;
      wholeLead +=
          DroppedWords.words(before).size() - DroppedWords.words(after).size() >= 4 ? 1 : 0;
    }
    assertEquals(25, changed);
    assertEquals(10, wholeLead);
  }
}
