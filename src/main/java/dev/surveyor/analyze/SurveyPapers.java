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
          (mayHold(paper.title(), "survey") || mayHold(paper.title(), "review"))
                  && TITLE.matcher(paper.title()).find()
              || mayHold(paper.abstractText(), "survey")
                  && ABSTRACT.matcher(paper.abstractText()).find();
    }
  }

  /**
   * Whether {@code text} may hold {@code word} (lowercase ASCII) in any case: false only when the
   * patterns, which need the word, cannot match. Most texts do not hold it, and the patterns try
   * their word boundary at every character (a sixtieth of a 100k build, on one thread); this looks
   * at a char's lowest bits only, and spells the word only where they could start it.
   */
  static boolean mayHold(String text, String word) {
    char first = word.charAt(0);
    int last = text.length() - word.length();
    for (int i = 0; i <= last; i++) {
      if ((text.charAt(i) | 0x20) == first && text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  /** What the patterns alone say of a title and an abstract, without {@link #mayHold} first. */
  static boolean byPatterns(String title, String abstractText) {
    return TITLE.matcher(title).find() || ABSTRACT.matcher(abstractText).find();
  }

  boolean survey(int paper) {
    return survey[paper];
  }

  /** Whether one of the two is a survey and the other is not. */
  boolean oneSurveys(int paper, int other) {
    return survey[paper] != survey[other];
  }
}
