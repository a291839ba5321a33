package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.support.RealSurvey;
import org.junit.jupiter.api.Test;

/**
 * A list summary does not end on a clause after a semicolon with no verb of its own (summ18; the
 * blind panel on summ17's changes found "... first-order logic; if their relative success in these
 * problems reflects general logical capabilities." a fragment).
 */
class SemicolonFragmentTest {
  private static final Survey SURVEY = RealSurvey.analysed();

  @Test
  void aCutSeriesEndsBeforeTheItemThatLostItsVerb() {
    // the abstract: "We ask whether those LMs can deduce theorems ...; if their relative success
    // ... reflects general logical capabilities; and which layers contribute the most to the task."
    Paper paper =
        SURVEY.papers().stream()
            .filter(p -> p.slug().startsWith("assessing-logical-reasoning-capabilities"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "Investigates the extent to which encoder-only transformer language models (LMs) can reason"
            + " according to logical rules. Asks whether those LMs can deduce theorems in"
            + " propositional calculus and first-order logic.",
        SURVEY.analysisOf(paper).summary());
  }

  @Test
  void aClauseThatAsksOrQualifiesAfterASemicolonIsAFragment() {
    assertTrue(SemicolonFragment.endsOn("Asks whether X holds; if Y reflects Z"));
    assertTrue(SemicolonFragment.endsOn("Studies how models learn; whether they transfer"));
    assertTrue(SemicolonFragment.endsOn("Detects events for Zika; while other models fail"));
    // a main clause of its own after the qualifying one, or a semicolon inside brackets
    assertFalse(SemicolonFragment.endsOn("Finds X; when trained on Y, models fail on Z"));
    assertFalse(SemicolonFragment.endsOn("Finds X; what is more, models fail on Z"));
    assertFalse(SemicolonFragment.endsOn("Finds X (a; if b) in Y"));
    assertFalse(SemicolonFragment.endsOn("Finds X; models fail if trained on Y"));
  }

  @Test
  void aQualifyingClauseAfterASemicolonIsJoinedByAComma() {
    assertEquals(
        "Reveals how models trained on SPEED detect events for Zika, while models trained on"
            + " existing datasets fail miserably.",
        SemicolonFragment.mended(
            "Reveals how models trained on SPEED detect events for Zika; while models trained on"
                + " existing datasets fail miserably."));
    // one with a main clause after its comma is the authors' sentence as written
    String whole = "Finds X; when trained on Y, models fail on Z.";
    assertEquals(whole, SemicolonFragment.mended(whole));
  }
}
