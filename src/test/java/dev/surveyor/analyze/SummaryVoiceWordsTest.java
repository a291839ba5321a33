package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.build.Site;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.model.Paper;
import dev.surveyor.support.Repo;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The voice pass only drops words or gives a verb another form, never adds one: the finding's
 * length fit ({@link SummaryFinding}) counts a text that fits as written as fitting voiced, without
 * voicing it. Checked on every abstract of the real survey: each sentence alone, and each after the
 * first, as a finding follows a summary, with its acronyms spelled out as the fit reads it.
 */
class SummaryVoiceWordsTest {
  @Test
  void theVoiceNeverAddsAWordOnTheRealSurvey() throws Exception {
    List<Paper> papers = Site.load(Repo.content(), null, new Diagnostics()).corpus().papers();
    int voiced = 0;
    for (Paper paper : papers) {
      List<String> sentences = Sentences.of(paper.abstractText(), SummaryFinding.SENTENCES_READ);
      Acronyms acronyms = Acronyms.in(paper.abstractText());
      for (int i = 0; i < sentences.size(); i++) {
        String alone = sentences.get(i);
        String after = sentences.get(0) + " " + alone;
        for (String text : List.of(alone, after, acronyms.expanded(after))) {
          String shown = SummaryVoice.of(text);
          voiced += shown.equals(text) ? 0 : 1;
          assertTrue(
              SummaryLength.words(shown) <= SummaryLength.words(text),
              paper.slug() + ": " + text + " -> " + shown);
        }
      }
    }
    assertTrue(voiced > 100, "voiced " + voiced); // the pass changed many of them
  }
}
