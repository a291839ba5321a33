package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.model.Paper;
import dev.surveyor.support.RealSurvey;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fresh reader (summ23) found Chain of LoRA's summary saying "without additional computational
 * costs" twice. {@link RepeatedPhrase} drops an adjunct a later sentence says again, only where its
 * words stood together before and the sentence reads without it.
 */
class RepeatedPhraseTest {
  @Test
  void chainOfLoraSaysItsCostOnce() {
    Paper cola =
        RealSurvey.analysed().papers().stream()
            .filter(
                p -> p.slug().equals("chain-of-lora-efficient-fine-tuning-of-language-models-via"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "Introduces Chain of LoRA (COLA), an iterative optimization framework inspired by the"
            + " Frank-Wolfe algorithm, to bridge the gap between LoRA and full parameter fine-tuning,"
            + " without incurring additional computational costs or memory overheads. Demonstrates"
            + " that COLA can consistently outperform LoRA across models (OPT and llama-2) and seven"
            + " benchmarking tasks.",
        RealSurvey.analysed().analysisOf(cola).summary());
  }

  @Test
  void aRepeatedAdjunctGoesWithItsCommaOrBeforeTheNextPhrase() {
    assertEquals(
        "Presents CoSyn, a network for detecting implicit hate speech in online conversations."
            + " Shows that CoSyn outperforms all the baselines with absolute improvements of 1.24%.",
        RepeatedPhrase.dropped(
            "Presents CoSyn, a network for detecting implicit hate speech in online conversations."
                + " Shows that CoSyn outperforms all the baselines in detecting implicit hate"
                + " speech with absolute improvements of 1.24%."));
    assertEquals(
        "Proposes X to cut cost without incurring additional memory or compute overheads."
            + " Shows that X beats LoRA, while Y lags.",
        RepeatedPhrase.dropped(
            "Proposes X to cut cost without incurring additional memory or compute overheads."
                + " Shows that X beats LoRA, without additional memory or compute overheads,"
                + " while Y lags."));
  }

  @Test
  void whatNarrowsOrRestrictsStays() {
    for (String kept :
        List.of(
            // words said among others: the finding narrows what the first sentence said
            "Presents tools for detecting hate speech, sarcasm and irony in tweets. Shows that X"
                + " helps in detecting hate speech and irony.",
            // "for" after a noun restricts it
            "Presents a dataset for video-grounded dialogue understanding. Proposes two benchmarks"
                + " for video-grounded dialogue understanding and one for generation.",
            // one of a series
            "Predicts individual annotators' ratings. Shows gains by 22% at predicting individual"
                + " annotators' ratings and by 33% at predicting variance.",
            // a clause of its own
            "Studies bias amplification in pretraining and after fine-tuning. Finds that bias"
                + " amplification in pretraining and after fine-tuning are independent.",
            // in the first sentence, nothing was said before
            "Proposes X without additional memory or compute overheads, without additional"
                + " memory or compute overheads.")) {
      assertEquals(kept, RepeatedPhrase.dropped(kept));
    }
  }

  @Test
  void wordsSaidTogetherStandInOneStretch() {
    assertTrue(
        RepeatedPhrase.saidTogether(
            "additional computational or memory costs",
            "without incurring additional computational costs or memory overheads"));
    assertFalse(
        RepeatedPhrase.saidTogether(
            "in Text Summarization and Controlled Generation tasks",
            "in three NLG tasks: Text Summarization, Dialogue Response Generation, and Controlled"
                + " Generation."));
    // three words are no phrase a reader notices twice
    assertFalse(RepeatedPhrase.saidTogether("with structured reasoning", "structured reasoning"));
  }
}
