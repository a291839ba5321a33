package dev.surveyor.analyze;

import static dev.surveyor.support.RealSurvey.summaryOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.support.RealSurvey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A list summary that says little beside its title (under 130 characters, or mostly the title's
 * words) goes on with what the abstract says next of the paper (summ17), on the real survey's
 * summaries as the lists show them. Before: AMPLIFY's was its name spelled out, LaFFi's and
 * MathNeuro's only what the title says.
 */
class ThinSummaryTest {
  private static final Survey SURVEY = RealSurvey.analysed();

  @Test
  void aSummaryThatRestatesItsTitleGoesOnWithWhatThePaperDoes() {
    assertEquals(
        "Presents a framework, Amplifying Model Performance by Leveraging In-Context Learning with"
            + " Post Hoc Explanations (AMPLIFY). Leverages post hoc explanation methods which output"
            + " attribution scores (explanations) capturing the influence of each of the input"
            + " features on model predictions.",
        summaryOf("post-hoc-explanations-of-language-models"));
    assertTrue(
        summaryOf("laffi-leveraging-hybrid")
            .endsWith(
                " LaFFi has LLMs directly predict the feedback they will receive from an"
                    + " annotator."));
    assertTrue(
        summaryOf("math-neurosurgery")
            .contains(" MathNeuro builds on existing work by using weights and activations"));
  }

  @Test
  void theFieldsBackgroundIsNoMoreOfThePaper() {
    // the sentence after "Studies a synthetic corpus based approach ..." is others' work
    assertFalse(
        summaryOf("learning-deductive-reasoning-from-synthetic")
            .contains("The previous studies generated"));
  }

  @Test
  void aSummaryWithAFindingThatIsNotThinStaysAsItWas() {
    // a restating first sentence already given its finding keeps it, not the method's next step
    String summary = summaryOf("a-framework-for-fine-tuning-llms-using-heterogeneous");
    assertTrue(summary.contains("Finds that the framework is able to improve models"), summary);
    assertFalse(summary.contains("Combines the heterogeneous feedback data"), summary);
  }

  @Test
  void noSummaryHoldsASentenceTwice() {
    // the choice or the length fit may have gone on already with the sentence after the first
    List<String> twice = new ArrayList<>();
    for (Paper paper : SURVEY.papers()) {
      String summary = SURVEY.analysisOf(paper).summary();
      Set<String> seen = new HashSet<>();
      for (String sentence : Sentences.of(summary, 8)) {
        if (!seen.add(sentence)) {
          twice.add(paper.slug() + ": " + summary);
        }
      }
    }
    assertEquals(List.of(), twice);
  }
}
