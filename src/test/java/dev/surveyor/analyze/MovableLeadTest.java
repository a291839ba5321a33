package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a lead goes when it moves after the authors' main clause, and which leads stay. */
class MovableLeadTest {
  @Test
  void aPhraseOfMeansSettingSourceOrPurposeGoesAfterTheMainClause() {
    assertEquals(
        Optional.of("We reveal limits of tuning, through rigorous experiments."),
        MovableLead.after("Through rigorous experiments, we reveal limits of tuning."));
    assertEquals(
        Optional.of("We introduce a dataset, together with a corpus, to study statutes."),
        MovableLead.after("To study statutes, we introduce a dataset, together with a corpus."));
    assertEquals(
        Optional.of("We propose a novel perspective on repair, with MORepair."),
        MovableLead.after("With MORepair, we propose a novel perspective on repair."));
    assertEquals(
        Optional.of("We explore entity tracking, as a case study."),
        MovableLead.after("As a case study, we explore entity tracking."));
  }

  @Test
  void aPossessiveInsideARelativeClauseOfTheMainClauseIsNoPointingBack() {
    // "their" is the LRMs' of the main clause, not the lead's (round 12)
    assertEquals(
        Optional.of(
            "We propose CALM, a framework that refines LRMs within their native modes, to fully"
                + " leverage LRMs' reasoning."),
        MovableLead.after(
            "To fully leverage LRMs' reasoning, we propose CALM, a framework that refines LRMs"
                + " within their native modes."));
    // before any relative clause it still points back
    assertEquals(
        Optional.empty(),
        MovableLead.after("To fully leverage LRMs' reasoning, we refine their native modes."));
  }

  @Test
  void theLeadGoesBeforeAColonOrASemicolonButNotInsideAPairOfDashes() {
    assertEquals(
        Optional.of("We propose Tiny, inspired by search: we first design a space."),
        MovableLead.after("Inspired by search, we propose Tiny: we first design a space."));
    assertEquals(
        Optional.of("We interpret tuning via two parts \u2013 A and B \u2013 per token, to unify."),
        MovableLead.after(
            "To unify, we interpret tuning via two parts \u2013 A and B \u2013 per token."));
    assertEquals(
        Optional.of("We empirically show that Tiny wins, on GLUE."),
        MovableLead.after("Empirically, on GLUE, we show that Tiny wins."));
    assertEquals(
        Optional.of("We empirically show that Tiny wins."),
        MovableLead.after("Empirically, we show that Tiny wins."));
  }

  @Test
  void connectivesClausesAndLeadsThatPointBackStay() {
    for (String kept :
        List.of(
            "However, we propose a method.",
            "In this paper, we propose a method.",
            "For example, we show that adapters help.",
            "To be concrete, we disperse the data.",
            "When trained longer, we show that adapters help.",
            "To address this, we propose a method.",
            "Motivated by their success, we propose a method.",
            "Using our benchmark, we show that adapters help.",
            "Using pruning, we make use of these weights.",
            "Using MATH, we study three strategies: (1) one; (2) two.",
            "We propose a method for adapters.")) {
      assertEquals(Optional.empty(), MovableLead.after(kept), kept);
    }
  }
}
