package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.RealSurvey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The kinds a fresh reader's review of list summaries found (issue 22, round 12), counted over the
 * real survey's summaries as every list shows them, the curators' included ({@link SummaryCheck}).
 * Before round 12: "we/our/us" 21, under 10 words 1 ("Studies RL generalization from a theoretical
 * aspect."), a dangling opener 1 ("It is not known if ..."); after: 6, 0, 0.
 */
class ListSummaryCheckTest {
  @Test
  void theRealListSummariesKeepFewOfTheKindsTheReviewFound() {
    List<SummaryCheck.Row> rows = SummaryCheck.rows(RealSurvey.analysed());
    Map<String, Integer> counts = SummaryCheck.counts(rows);
    String all = counts.toString();
    assertEquals(0, counts.get(SummaryCheck.DANGLING), all);
    assertEquals(0, counts.get(SummaryCheck.SHORT), all);
    assertEquals(0, counts.get(SummaryCheck.NO_SUBJECT), all);
    assertEquals(0, counts.get(SummaryCheck.ELLIPSIS), all);
    assertEquals(0, counts.get(SummaryCheck.IN_THIS_PAPER), all);
    // the rest: a question after a statement, a lead before a list, a "we:" list, an answer that
    // points back at its question; none has a sentence the voice can take with certainty
    assertTrue(counts.get(SummaryCheck.WE) <= 6, all);
  }

  @Test
  void eachKindIsToldByItsForm() {
    assertEquals(
        List.of(SummaryCheck.WE, SummaryCheck.SHORT, SummaryCheck.DANGLING),
        SummaryCheck.kinds("To address this, we propose X."));
    assertEquals(
        List.of(SummaryCheck.NO_SUBJECT),
        SummaryCheck.kinds(
            "Achieves state-of-the-art results on five reasoning benchmarks at a fraction of the cost."));
    assertEquals(
        List.of(SummaryCheck.ELLIPSIS, SummaryCheck.IN_THIS_PAPER),
        SummaryCheck.kinds("In this paper the authors study how models learn to reason …"));
    assertEquals(
        List.of(),
        SummaryCheck.kinds(
            "Proposes CALM, a framework that refines reasoning models within their native modes."));
    // "US" the country is no "us"
    assertEquals(
        List.of(),
        SummaryCheck.kinds("Studies legal reasoning on US court rulings across ten years."));
  }
}
