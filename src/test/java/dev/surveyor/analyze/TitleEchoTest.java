package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * How much a summary says beside its title, on the summaries a fresh reader found saying nothing
 * (summ17) and one that says what the paper does.
 */
class TitleEchoTest {
  @Test
  void aSummaryOfTheTitlesOwnWordsRestatesIt() {
    String title = "General-Reasoner: Advancing LLM Reasoning Across All Domains";
    String summary =
        "Proposes General-Reasoner, a training paradigm designed to enhance LLM reasoning"
            + " capabilities across diverse domains.";
    // "training" is all it adds: "reasoning" is the title's "Reasoner", "domains" its "Domains"
    assertEquals(1, TitleEcho.newWords(summary, title));
    assertTrue(TitleEcho.restates(summary, title));
  }

  @Test
  void aNameSpelledOutSaysNoMoreThanTheName() {
    assertTrue(
        TitleEcho.restates(
            "Presents a framework, Amplifying Model Performance by Leveraging In-Context Learning"
                + " with Post Hoc Explanations (AMPLIFY).",
            "Post Hoc Explanations of Language Models Can Improve Language Models"));
  }

  @Test
  void aSummaryThatSaysWhatThePaperDoesDoesNot() {
    String title = "Overtrained Language Models Are Harder to Fine-Tune";
    String summary =
        "Shows that extended pre-training can make models harder to fine-tune, leading to degraded"
            + " final performance.";
    assertTrue(TitleEcho.newWords(summary, title) >= TitleEcho.FEWEST_NEW_WORDS);
    assertFalse(TitleEcho.restates(summary, title));
  }

  @Test
  void withNoTitleNothingIsRestated() {
    assertFalse(TitleEcho.restates("Proposes X.", ""));
  }

  @Test
  void aWordAndItsFormsShareAStem() {
    assertEquals(TitleEcho.stem("reasoning"), TitleEcho.stem("reasoner"));
    assertEquals(TitleEcho.stem("domain"), TitleEcho.stem("domains"));
    assertEquals(TitleEcho.stem("explanations"), TitleEcho.stem("explanation"));
    // the analyser's stems (Porter): its own suffix list once kept "tuples" ("tupl") from "tuple"
    assertEquals(TitleEcho.stem("tuple"), TitleEcho.stem("tuples"));
    assertEquals(new TextAnalyzer().stem("reasoning"), TitleEcho.stem("Reasoning"));
  }

  @Test
  void functionWordsAreSnowballsAndSayNothing() {
    // "whom", "ourselves", "against" were no function words to the fold's own list: Snowball's
    String title = "Chain of LoRA: Efficient Fine-Tuning of Language Models";
    assertEquals(
        TitleEcho.newWords("Proposes Chain of LoRA.", title),
        TitleEcho.newWords("Proposes Chain of LoRA against whom ourselves.", title));
  }
}
