package dev.surveyor.analyze;

import static dev.surveyor.support.RealSurvey.summaryOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A sentence too long for the list first loses its "(e.g./i.e./such as ...)" asides where that
 * makes it fit, else is cut as before (summ25), on the real survey's summaries as the lists show
 * them. Before: "Categorizes existing methods into key approaches." cut before the taxonomy's
 * parts, Self-Explore's bare "Proposes Self-Explore.", and Physics of Language Models 3.2 without
 * its four manipulation types, each a sentence whose examples held it over the list's length.
 */
class ExampleAsideTest {
  @Test
  void aTaxonomyKeepsItsPartsWhereTheirExamplesGo() {
    // the go-on's "and highlight open challenges" after "to assess", left unagreed, no longer fits
    assertEquals(
        "Provides a review of emerging techniques enhancing reasoning in LLMs. Categorizes existing"
            + " methods into key approaches, including prompting strategies, architectural"
            + " innovations, and learning paradigms.",
        summaryOf("advancing-reasoning-in-large-language-models-promising"));
  }

  @Test
  void aBareNameGoesOnWithWhatItDoes() {
    assertTrue(
        summaryOf("self-explore-to-avoid-the-pit")
            .contains(
                " Proposes Self-Explore, where the LLM is tasked to explore the first wrong step"
                    + " within the rationale and use such signals as fine-grained rewards for"
                    + " further improvement. On the GSM8K"));
  }

  @Test
  void aSentenceWhoseLastAsideClosedItKeepsAStop() {
    // its abstract: "... and inverse search (e.g., "Which person's attribute X equals T?") We ..."
    assertTrue(
        summaryOf("physics-of-language-models-part-3-2")
            .contains(
                " Focuses on four manipulation types: retrieval, classification, comparison and"
                    + " inverse search. Observes that"));
    assertEquals(
        "We focus on four manipulation types: retrieval, comparison and inverse search.",
        SummaryLength.withoutAsides(
            "We focus on four manipulation types: retrieval (e.g., \"What is A's X\"), comparison"
                + " (e.g., \"Is A greater than B?\") and inverse search (e.g., \"Which person's X"
                + " equals T?\")"));
  }

  @Test
  void onlyExamplesAndRestatementsGo() {
    assertEquals(
        "Methods fall into prompting and learning paradigms.",
        SummaryLength.withoutAsides(
            "Methods fall into prompting (e.g., CoT) and learning paradigms (such as RLHF)."));
    // a name in brackets, or an aside with brackets inside, is no example list
    String named = "Proposes Self-Explore (SE) for reasoning (i.e., step rewards (per step)).";
    assertEquals(named, SummaryLength.withoutAsides(named));
  }

  @Test
  void aSentenceStillTooLongIsCutAsBefore() {
    String text =
        "We categorize existing methods into key approaches (e.g., prompting strategies and tree"
            + " search), which we compare on ten benchmarks across four model families and three"
            + " languages, revealing that no single approach wins.";
    assertEquals(
        "We categorize existing methods into key approaches, which we compare on ten benchmarks"
            + " across four model families and three languages, revealing that no single approach"
            + " wins.",
        SummaryLength.cut(text, 30));
    // 27 words without the aside: over 20, the clause boundary before "which" ends it, the aside
    // kept
    assertEquals(
        "We categorize existing methods into key approaches (e.g., prompting strategies and tree"
            + " search).",
        SummaryLength.cut(text, 20));
  }
}
