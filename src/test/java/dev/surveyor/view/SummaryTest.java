package dev.surveyor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.ContentReader;
import dev.surveyor.ingest.ListingIngest;
import dev.surveyor.model.Content;
import dev.surveyor.model.Paper;
import dev.surveyor.support.Repo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A list item's summary is one sentence of the abstract that stands alone: where the authors speak
 * if one of the opening sentences does, never cut, never leaning on the sentence before.
 */
class SummaryTest {
  private static List<Paper> papers;

  @BeforeAll
  static void readTheRealSurvey() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Content content = new ContentReader(Repo.content(), diagnostics).read();
    papers = ListingIngest.ingest(content, diagnostics).papers();
  }

  /** How the issue found summaries that lean on the sentence before. */
  private static final Pattern LEANS_BACK =
      Pattern.compile(
          "^(?:To (?:address|tackle|overcome|bridge|fill|solve|mitigate|alleviate) (?:this|these|such)\\b|To this end"
              + "|(?:Thus|Therefore|Hence|Consequently|Specifically|However|Moreover),"
              + "|In this (?:paper|work|study),"
              + "|(?:Motivated|Inspired) by (?:this|these|their)"
              + "|(?:This|These) (?!paper|work|study|article|report)[a-z]+ (?!paper|work)"
              + "|They )"
              + "|\\b(?:this|these) (?:gap|challenges?|limitations?|issues?|problems?)\\b");

  @Test
  void everyRealSummaryIsAWholeSentenceOfTheAbstractThatStandsAlone() {
    List<String> problems = new ArrayList<>();
    int speaking = 0;
    Pattern authors =
        Pattern.compile(
            "\\b(?:we|our|this (?:paper|work|study|article|report))\\b", Pattern.CASE_INSENSITIVE);
    for (Paper paper : papers) {
      String text = paper.abstractText();
      String summary = Summary.of(text);
      // the abstract's own words, a lead aside: "Thus, we propose" reads "We propose"
      int at = text.indexOf(summary.substring(1));
      boolean own =
          at > 0
              && Character.toLowerCase(text.charAt(at - 1))
                  == Character.toLowerCase(summary.charAt(0));
      if (!own && !text.startsWith(summary)) {
        problems.add("not the abstract's words: " + summary);
      }
      if (summary.endsWith("…") && !text.strip().endsWith("…")) {
        problems.add("cut: " + summary);
      }
      if (LEANS_BACK.matcher(summary).find()) {
        problems.add("leans on the sentence before: " + summary);
      }
      speaking += authors.matcher(summary).find() ? 1 : 0;
      if (paper.title().startsWith("Quiet-STaR")) {
        // its abstract opens on five sentences of background
        assertTrue(summary.startsWith("We present Quiet-STaR, a generalization of STaR"), summary);
      }
    }
    assertEquals(List.of(), problems, problems.size() + " of " + papers.size());
    // the first sentence alone speaks for the paper in 36 of the 469
    assertTrue(speaking > papers.size() * 3 / 4, speaking + " of " + papers.size());
  }

  @Test
  void aLeadThatOnlyPointsBackIsDroppedAndTheRestCapitalised() {
    String background = "Large language models have shown remarkable skill at many tasks. ";
    assertEquals(
        "We propose DRIFT, a lightweight method that transfers reasoning.",
        Summary.of(
            background
                + "To address this, we propose DRIFT, a lightweight method that transfers"
                + " reasoning."));
    assertEquals(
        "We propose ARTE, a framework that aligns the teacher with the student.",
        Summary.of(
            background
                + "Thus, we propose ARTE, a framework that aligns the teacher with the"
                + " student."));
    assertEquals(
        "We study adapters for large language models in depth.",
        Summary.of(
            background + "In this paper, we study adapters for large language models in depth."));
    assertEquals(
        "We find that adapters for large language models cut the cost.",
        Summary.of(
            background + "However, we find that adapters for large language models cut the cost."));
    assertEquals(
        "Our study investigates whether small models learn to reason with RL.",
        Summary.of(
            background
                + "Motivated by these findings, our study investigates whether small models"
                + " learn to reason with RL."));
  }

  @Test
  void aSentenceThatStillPointsBackIsNotChosen() {
    assertEquals(Optional.empty(), Summary.standalone("This work addresses this gap by a study."));
    assertEquals(
        Optional.empty(), Summary.standalone("This discrepancy prevents us from packing turns."));
    assertEquals(
        Optional.empty(), Summary.standalone("We challenge this commonly-adopted assumption."));
    assertEquals(
        Optional.empty(),
        Summary.standalone(
            "To address this limitation and enhance perception, we propose a new dataset."));
    // the next sentence where the authors speak and that stands alone is chosen instead
    assertEquals(
        "We release a benchmark of 500 proofs for small models.",
        Summary.of(
            "Large language models have shown remarkable skill at many tasks. We address this gap"
                + " with a new benchmark for it. We release a benchmark of 500 proofs for small"
                + " models."));
    // with none, the first sentence
    assertEquals(
        "Large language models have shown remarkable skill at many tasks.",
        Summary.of(
            "Large language models have shown remarkable skill at many tasks. Their cost is high."
                + " Adapters cut it by a lot, as the experiments on six benchmarks show."));
  }

  @Test
  void aLongFirstSentenceIsKeptWholeRatherThanCut() {
    String longSentence =
        "Large language models " + "and their long contexts ".repeat(20) + "fail.";
    assertEquals(longSentence, Summary.of(longSentence + " Their cost is high."));
    assertEquals(longSentence, Summary.of(longSentence));
  }

  @Test
  void sentencesEndAtAStopBeforeACapitalButNotAfterAnAbbreviation() {
    String forty = "a".repeat(39);
    assertEquals(List.of(forty + ". Next"), Summary.sentences(forty + ". Next", 6)); // too short
    assertEquals(List.of(forty + "a.", "Next"), Summary.sentences(forty + "a. Next", 6));
    assertEquals(List.of(forty + "a. next"), Summary.sentences(forty + "a. next", 6));
    assertEquals(List.of(forty + "a?", "(Next"), Summary.sentences(forty + "a?  (Next", 6));
    assertEquals(
        List.of("As shown by Wei et al. (2022) in many " + forty + ".", "Next"),
        Summary.sentences("As shown by Wei et al. (2022) in many " + forty + ". Next", 6));
    assertEquals(List.of("short", forty + "a."), Summary.sentences("short\n" + forty + "a.", 6));
    assertEquals(List.of(forty + "a."), Summary.sentences(forty + "a. Next. And more", 1));
    assertEquals(List.of(), Summary.sentences("", 6));
    // a stop inside quotes, and a stop whose space the capture lost
    assertEquals(
        List.of("We ask \"what would happen if " + forty + "?\"", "Using it"),
        Summary.sentences("We ask \"what would happen if " + forty + "?\" Using it", 6));
    assertEquals(
        List.of(forty + " in natural languages.", "To begin, we train"),
        Summary.sentences(forty + " in natural languages.To begin, we train", 6));
    assertEquals(
        List.of(forty + " on Node.js and ASP.NET"),
        Summary.sentences(forty + " on Node.js and ASP.NET", 6));
  }
}
