package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The authors' "we" inside a third-person sentence: voiced where certain, else left out. */
class InnerWeTest {
  @Test
  void aNameGivenInARelativeClauseReadsAsAParticiple() {
    assertEquals(
        "Presents a general method called information gain filtration for fine-tuning.",
        InnerWe.voiced(
            "Presents a general method that we call information gain filtration for fine-tuning."));
    assertEquals(
        "States that such weights are critical for fine-tuning, called Principal Weights.",
        InnerWe.voiced(
            "States that such weights are critical for fine-tuning, which we call Principal"
                + " Weights."));
    assertEquals(
        "Introduces a scheme termed ABC for faster training of large models.",
        InnerWe.voiced("Introduces a scheme we term ABC for faster training of large models."));
  }

  @Test
  void aStepInARelativeClauseReadsAsAParticipleOfAKnownVerb() {
    assertEquals(
        "Designs a controlled setup, focused on closed-book QA, varying the share of new facts.",
        InnerWe.voiced(
            "Designs a controlled setup, focused on closed-book QA, where we vary the share of new"
                + " facts."));
    // a verb not known: its participle is not certain, and no clause can go
    String unknown = "Builds a benchmark where we scramble the labels of every task.";
    assertEquals(unknown, InnerWe.voiced(unknown));
  }

  @Test
  void anAsideOrALastClauseInTheAuthorsVoiceGoes() {
    assertEquals(
        "Introduces a framework to answer when to pre-train before fine-tuning a model.",
        InnerWe.voiced(
            "Introduces a framework to answer when to pre-train (i.e., in what situations could we"
                + " take advantage of it) before fine-tuning a model."));
    assertEquals(
        "Proposes a simple RL recipe with entirely synthetic data.",
        InnerWe.voiced(
            "Proposes a simple RL recipe with entirely synthetic data, which we apply to various"
                + " open-source LLMs."));
    assertEquals(
        "Indicates that, firstly, models fail to attend to long contexts; secondly, they"
            + " struggle with long plans.",
        InnerWe.voiced(
            "Indicates that, firstly, models fail to attend to long contexts; secondly, they"
                + " struggle with long plans; thirdly, we propose FAFT, which uses feedback."));
  }

  @Test
  void aSentenceNotInTheThirdPersonOrTooShortOnceCutStaysAsWritten() {
    // a lead and then "our model": cut before it, only the lead would be left
    String lead =
        "Leveraging a strong SFT foundation and insights into SFT and RL, our model significantly"
            + " outperforms earlier ones.";
    assertEquals(lead, InnerWe.voiced(lead));
    assertEquals(
        "The best methods achieve a regret of less than 1% across all target tasks.",
        InnerWe.voiced(
            "The best methods achieve a regret of less than 1% across all target tasks,"
                + " demonstrating that we are able to identify the best datasets."));
    String shortOne = "Proposes a recipe, which we apply to LLMs.";
    assertEquals(shortOne, InnerWe.voiced(shortOne));
    String when =
        "When the agent may not interact, we certify that the best is a near-optimal policy.";
    assertEquals(when, InnerWe.voiced(when));
  }

  @Test
  void aParticipleIsMadeOnlyWhereTheRuleIsCertain() {
    assertEquals("varying", InnerWe.presentParticiple("vary"));
    assertEquals("activating", InnerWe.presentParticiple("activate"));
    assertEquals("studying", InnerWe.presentParticiple("study"));
    assertNull(InnerWe.presentParticiple("plot"));
  }
}
