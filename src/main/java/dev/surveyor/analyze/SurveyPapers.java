package dev.surveyor.analyze;

import dev.surveyor.model.Paper;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which papers are surveys of an area: the title calls the paper a survey or a review ("A Survey on
 * Large Language Models for Mathematical Reasoning", "... An Exhaustive Review"), or the abstract
 * says "this survey" ("Advancing Reasoning in Large Language Models: Promising Methods and
 * Approaches"). A survey covers its whole area, so sharing a named sub-topic with a narrow paper
 * says less than it does between two papers of one line of work (issue 22: a social-bias evaluation
 * listed three whole-field surveys of "Surveys and evaluations of reasoning").
 */
final class SurveyPapers {
  private static final Pattern TITLE = Pattern.compile("(?i)\\b(survey|review)\\b");
  private static final Pattern ABSTRACT = Pattern.compile("(?i)\\bthis survey\\b");

  private final boolean[] survey;

  SurveyPapers(List<Paper> papers) {
    survey = new boolean[papers.size()];
    for (int p = 0; p < papers.size(); p++) {
      Paper paper = papers.get(p);
      survey[p] =
          TITLE.matcher(paper.title()).find() || ABSTRACT.matcher(paper.abstractText()).find();
    }
  }

  boolean survey(int paper) {
    return survey[paper];
  }

  /** Whether one of the two is a survey and the other is not. */
  boolean oneSurveys(int paper, int other) {
    return survey[paper] != survey[other];
  }
}
