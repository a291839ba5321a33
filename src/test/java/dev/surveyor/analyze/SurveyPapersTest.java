package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.surveyor.model.Paper;
import dev.surveyor.support.FreshTexts;
import dev.surveyor.support.FreshTexts.FreshText;
import dev.surveyor.support.RealSurvey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The survey papers found with the quick look first are those the patterns alone find. */
class SurveyPapersTest {
  @Test
  void theQuickLookFindsTheWordInAnyCaseAndOnlyWhereItIs() {
    assertTrue(SurveyPapers.mayHold("A SURVEY of methods", "survey"));
    assertTrue(SurveyPapers.mayHold("An Exhaustive sUrVeY", "survey"));
    assertTrue(SurveyPapers.mayHold("survey", "survey"));
    assertFalse(SurveyPapers.mayHold("A surve", "survey"));
    assertFalse(SurveyPapers.mayHold("Reviewing the field", "survey"));
    assertFalse(SurveyPapers.mayHold("", "review"));
  }

  /**
   * On the survey's papers: the same answer for every paper as the patterns alone, and some of each
   * (the real survey has surveys by title and by abstract).
   */
  @Test
  void theSurveysPapersAreFoundAsByThePatternsAlone() throws Exception {
    List<Paper> papers = RealSurvey.captured();
    SurveyPapers surveys = new SurveyPapers(papers);
    int found = 0;
    for (int p = 0; p < papers.size(); p++) {
      Paper paper = papers.get(p);
      boolean expected = SurveyPapers.byPatterns(paper.title(), paper.abstractText());
      assertEquals(expected, surveys.survey(p), paper.slug());
      found += expected ? 1 : 0;
    }
    assertTrue(found > 5 && found < papers.size() / 4, found + " surveys");
  }

  /** On the fresh corpora's titles and abstracts: wherever a pattern matches, the look finds it. */
  @Test
  void theQuickLookMissesNoMatchOfTheFreshTexts() throws Exception {
    assumeTrue(FreshTexts.present(), "the fresh corpora are not there");
    List<String> matched = new ArrayList<>();
    for (FreshText text : FreshTexts.all()) {
      String t = text.text();
      if (SurveyPapers.byPatterns(t, "")) { // as a title
        matched.add(text.where());
        assertTrue(
            SurveyPapers.mayHold(t, "survey") || SurveyPapers.mayHold(t, "review"), text.where());
      }
      if (SurveyPapers.byPatterns("", t)) { // as an abstract
        matched.add(text.where());
        assertTrue(SurveyPapers.mayHold(t, "survey"), text.where());
      }
    }
    assertTrue(matched.size() > 20, matched.size() + " texts matched");
  }
}
