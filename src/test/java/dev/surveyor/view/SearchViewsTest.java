package dev.surveyor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.build.Site;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.support.Repo;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search index of the real survey, and how it bounds the text a browser must index. */
class SearchViewsTest {
  private static Survey survey;

  @BeforeAll
  static void analyse() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    survey = Site.load(Repo.content(), null, diagnostics).survey();
  }

  private static SearchViews views(long budget) {
    return new SearchViews(new ViewContext(survey, new Diagnostics()), budget);
  }

  @Test
  void theRealSurveyFitsItsAbstractsWhole() {
    long total = survey.papers().stream().mapToLong(p -> p.abstractText().length()).sum();
    assertTrue(total > 400_000 && total <= SearchViews.ABSTRACT_BUDGET, "abstracts: " + total);
    SearchIndex index = views(SearchViews.ABSTRACT_BUDGET).index();
    List<Paper> papers = survey.papers();
    for (int i = 0; i < papers.size(); i++) {
      assertEquals(papers.get(i).abstractText(), index.papers().get(i).abstractText());
    }
    assertTrue(
        views(SearchViews.ABSTRACT_BUDGET)
            .page()
            .lead()
            .startsWith(
                "Titles, abstracts, themes and the methods, benchmarks and models named in all 469"));
  }

  @Test
  void pastTheBudgetEachAbstractShrinksToItsFirstSentenceAndThePageSaysSo() {
    SearchIndex index = views(400_000).index();
    List<Paper> papers = survey.papers();
    long shortened = 0;
    for (int i = 0; i < papers.size(); i++) {
      String whole = papers.get(i).abstractText();
      String kept = index.papers().get(i).abstractText();
      assertEquals(Summary.of(whole), kept);
      shortened += kept.length() < whole.length() ? 1 : 0;
    }
    assertTrue(shortened > 400, "most abstracts have more than one sentence: " + shortened);
    assertTrue(views(400_000).page().lead().contains("first sentence"));
    assertFalse(views(400_000).page().lead().contains("Titles, abstracts"));
  }
}
