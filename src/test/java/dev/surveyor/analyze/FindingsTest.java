package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.surveyor.model.Assignment;
import dev.surveyor.model.Content;
import dev.surveyor.model.Corpus;
import dev.surveyor.model.MapPoint;
import dev.surveyor.model.Markdown;
import dev.surveyor.model.Paper;
import dev.surveyor.model.PaperAnalysis;
import dev.surveyor.model.PaperNote;
import dev.surveyor.model.Related;
import dev.surveyor.model.Subtopic;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.model.ThemeAnalysis;
import dev.surveyor.support.RealSurvey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real survey's findings joined into one record per paper and per theme, by slug. */
class FindingsTest {
  private static Survey survey;

  @BeforeAll
  static void analyse() throws Exception {
    survey = RealSurvey.analysed();
  }

  /** The survey's findings taken apart again, keyed by slug. */
  private static Findings findings() {
    Map<String, List<Assignment>> assignments = new HashMap<>();
    Map<String, String> summaries = new HashMap<>();
    Map<String, PaperNote> notes = new HashMap<>();
    Map<String, List<Related>> related = new HashMap<>();
    Map<String, MapPoint> points = new HashMap<>();
    for (PaperAnalysis paper : survey.paperAnalyses()) {
      assignments.put(paper.slug(), paper.assignments());
      summaries.put(paper.slug(), paper.summary());
      paper.note().ifPresent(note -> notes.put(paper.slug(), note));
      related.put(paper.slug(), paper.related());
      points.put(paper.slug(), paper.point());
    }
    Map<String, List<Subtopic>> subtopics = new HashMap<>();
    Map<String, List<String>> terms = new HashMap<>();
    for (ThemeAnalysis theme : survey.themeAnalyses()) {
      subtopics.put(theme.slug(), theme.subtopics());
      terms.put(theme.slug(), theme.terms());
    }
    subtopics.put(Survey.OTHER, survey.subtopicsOf(Survey.OTHER));
    return new Findings(
        assignments, summaries, notes, survey.entities(), related, points, subtopics, terms);
  }

  @Test
  void eachPaperGetsItsOwnFindingsWhateverTheOrderOfThePapers() {
    List<Paper> reversed = new ArrayList<>(survey.papers());
    Collections.reverse(reversed);
    Corpus corpus = survey.corpus();
    Survey joined =
        findings()
            .join(
                survey.content(),
                new Corpus(corpus.listings(), reversed, corpus.merges(), corpus.skipped()));
    assertEquals(reversed, joined.papers());
    for (PaperAnalysis paper : joined.paperAnalyses()) {
      PaperAnalysis was = survey.analysisOf(paper.paper());
      assertEquals(was.assignments(), paper.assignments(), paper.slug());
      assertEquals(was.summary(), paper.summary(), paper.slug());
      assertEquals(was.themes(), paper.themes(), paper.slug());
      assertEquals(was.related(), paper.related(), paper.slug());
      assertEquals(was.entities(), paper.entities(), paper.slug());
      assertEquals(was.point(), paper.point(), paper.slug());
      assertEquals(was.note(), paper.note(), paper.slug());
      assertEquals(survey.papers().size() - 1 - was.number(), paper.number(), paper.slug());
    }
    // the theme orders do not depend on the paper order either
    for (ThemeAnalysis theme : joined.themeAnalyses()) {
      assertEquals(survey.themeAnalysis(theme.slug()), theme);
    }
  }

  @Test
  void everyPaperHasItsFindings() {
    assertEquals(survey.papers().size(), survey.paperAnalyses().size());
    for (int i = 0; i < survey.papers().size(); i++) {
      PaperAnalysis paper = survey.paperAnalyses().get(i);
      assertSame(survey.papers().get(i), paper.paper());
      assertEquals(i, paper.number());
      assertEquals(paper.slug(), paper.point().slug());
      assertEquals(survey.themes().size(), paper.assignments().size(), paper.slug());
    }
    assertNotEquals(0, survey.paperAnalyses().stream().filter(p -> p.note().isPresent()).count());
    assertNotEquals(0, survey.paperAnalyses().stream().filter(p -> !p.related().isEmpty()).count());
    assertNotEquals(0, survey.themeAnalyses().get(0).terms().size());
  }

  @Test
  void anEditedIntroductionKeepsTheAnalysisAndShowsTheNewText() {
    Content content = survey.content();
    Theme first = content.themes().get(0);
    Theme edited = first.withIntro(new Markdown("Edited.", first.intro().start()));
    List<Theme> themes = new ArrayList<>(content.themes());
    themes.set(0, edited);
    Content changed =
        new Content(
            content.config(),
            content.intro(),
            themes,
            content.notes(),
            content.pages(),
            content.entities(),
            content.sources(),
            content.skippedSources(),
            content.teaching(),
            content.other());
    Survey again = survey.withContent(changed);
    assertSame(edited, again.themes().get(0));
    assertSame(edited, again.themeAnalysis(first.slug()).theme());
    assertSame(
        survey.themeAnalysis(first.slug()).members(), again.themeAnalysis(first.slug()).members());
    assertSame(survey.paperAnalyses().get(0).related(), again.paperAnalyses().get(0).related());
    assertEquals(survey.paperAnalyses(), again.paperAnalyses());
  }

  @Test
  void aRemovedNoteLeavesItsPaper() {
    Survey again = survey.withContent(survey.content().withNotes(List.of()));
    assertEquals(0, again.paperAnalyses().stream().filter(p -> p.note().isPresent()).count());
    assertEquals(survey.paperAnalyses().size(), again.paperAnalyses().size());
    assertSame(survey.paperAnalyses().get(0).related(), again.paperAnalyses().get(0).related());
  }
}
