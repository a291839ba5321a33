package dev.surveyor.analyze;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A short summary that states only the setup, topic or aim ("We study X", "... aims to ...") goes
 * on with the abstract's first later sentence that states a result: a blind panel found a quarter
 * of list summaries said what a paper is about but not what it found. Whole sentences of the
 * abstract only, kept within the list item's length ({@link SummaryLength}); the voice pass after
 * keeps the summary in one voice ({@link SummaryVoice}).
 */
final class SummaryFinding {
  /** A summary longer than this says enough without a finding added. */
  static final int MOST_WORDS_BEFORE = 30;

  /** How many of the abstract's sentences are read for a result. */
  private static final int SENTENCES_READ = 40;

  /** A sentence that states a result: "show that", "outperforms", "by 12%", "state-of-the-art". */
  private static final Pattern RESULT =
      Pattern.compile(
          "\\b(?:(?:show(?:s|ed|n)?|find(?:s)?|found|prove(?:s|d)?) that"
              + "|demonstrat(?:e|es|ed|ing)\\b|outperform|achiev(?:e|es|ed|ing)\\b"
              + "|improv(?:e|es|ed|ing) [^.;]{0,60}?\\bby\\b|reduc(?:e|es|ed|ing)\\b"
              + "|state[- ]of[- ]the[- ]art|reveal(?:s|ed|ing)?\\b)"
              + "|\\d(?:\\.\\d+)?\\s?%",
          Pattern.CASE_INSENSITIVE);

  private SummaryFinding() {}

  /** Whether the text states a result by one of the cues. */
  static boolean hasFinding(String text) {
    return RESULT.matcher(text).find();
  }

  /**
   * The summary with the first result sentence of the abstract after its last sentence {@code last}
   * added, when the summary has none and is short enough and the whole stays within {@link
   * SummaryLength#MOST_WORDS}; else as it is.
   */
  static String added(String summary, String abstractText, int last) {
    int words = SummaryLength.words(summary);
    if (words > MOST_WORDS_BEFORE || hasFinding(summary) || !PaperSummary.speaks(summary)) {
      return summary;
    }
    List<String> sentences = Sentences.of(abstractText, SENTENCES_READ);
    for (int i = last + 1; i < sentences.size(); i++) {
      String sentence = sentences.get(i);
      if (summary.contains(sentence) || !hasFinding(sentence)) {
        continue;
      }
      if (!mayFollow(sentence)) {
        continue;
      }
      String added =
          words + SummaryLength.words(sentence) <= SummaryLength.MOST_WORDS
              ? sentence
              : SummaryLength.cut(sentence, SummaryLength.MOST_WORDS - words);
      if (added != null && hasFinding(added) && oneVoice(summary, added)) {
        return summary + " " + added;
      }
    }
    return summary;
  }

  /**
   * Whether the summary with the sentence added reads in one voice: a summary the voice pass puts
   * in the third person ("Proposes X.") takes a sentence only where the authors do not speak in it
   * once voiced ("Shows that ...", "Experiments demonstrate ..."), not "Through experiments, we
   * demonstrate that our ...".
   */
  private static boolean oneVoice(String summary, String added) {
    String voiced = SummaryVoice.of(summary);
    if (voiced.equals(summary)) {
      return true; // kept in the authors' voice: the added sentence may keep it too
    }
    String both = SummaryVoice.of(summary + " " + added);
    return both.startsWith(voiced)
        && both.length() > voiced.length()
        && !SummaryVoice.authorsSpeakIn(both.substring(voiced.length()));
  }

  /**
   * A whole sentence that reads after the summary: it opens a sentence, asks nothing, and leans on
   * nothing the summary left out ("These results show ...").
   */
  private static boolean mayFollow(String sentence) {
    return Character.isUpperCase(sentence.charAt(0))
        && !sentence.endsWith("?")
        && !StandAlone.pointsBack(sentence);
  }
}
