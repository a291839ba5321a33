package dev.surveyor.analyze;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase a later sentence of a summary says again (summ23: Chain of LoRA's "Introduces COLA ...,
 * without incurring additional computational costs or memory overheads. Demonstrates that COLA can
 * consistently outperform LoRA without additional computational or memory costs, across models
 * ..."): the reader reads the same words twice. An adjunct goes where every word of substance in
 * it, four at least, stands together in the sentences before it (a stretch of their words of
 * substance with no other word among them, in any order): the summary still says it once, and the
 * sentence reads as before without it. An adjunct is a phrase on "without", or on "in", "by",
 * "while", "when" or "through" and a verb's "-ing" ("in detecting implicit hate speech"), inside
 * the sentence, up to a comma, a semicolon, its end or the next preposition; none with a finite
 * verb of its own, none that ends on "and"/"or" (one of a series: "by 22% at predicting X and by
 * 33% at ..."). Phrases on other prepositions stay: "for" or "with" after a noun restricts it ("two
 * benchmarks for video-grounded dialogue understanding, ... and one benchmark for ... generation"),
 * and a phrase whose words the summary said among others ("participants with moderate to
 * conservative views" after "views on gender (progressive, moderate, or conservative)") narrows
 * what was said.
 */
final class RepeatedPhrase {
  /** Fewer words of substance than this repeated are no phrase a reader notices twice. */
  static final int FEWEST_WORDS = 4;

  /** Where an adjunct opens: "without", or a preposition and an "-ing" verb. */
  private static final Pattern OPENS =
      Pattern.compile("(?<=[\\w)] |, )(?:without|(?:in|by|while|when|through) [a-z]+ing)\\b");

  /** The next preposition after an adjunct's first words ends it: "... speech with gains". */
  private static final Pattern NEXT_PREPOSITION =
      Pattern.compile(
          " (?=(?:with|across|on|in|for|at|over|than|to|from|via|under|within|during|among)\\b)");

  /** A finite verb: the phrase is a clause of its own, not an adjunct. */
  private static final Pattern FINITE =
      Pattern.compile("\\b(?:is|are|was|were|has|have|had|be|does|do|did)\\b");

  /** An adjunct ending on a conjunction is one of a series. */
  private static final Pattern ENDS_IN_SERIES = Pattern.compile("\\b(?:and|or)$");

  /** The analyser a word is stemmed by, shared as {@link TitleEcho}'s is. */
  private static final TextAnalyzer ANALYZER = new TextAnalyzer();

  private RepeatedPhrase() {}

  /** The summary without each adjunct a later sentence repeats; anything else as it was. */
  static String dropped(String summary) {
    List<String> sentences = Sentences.of(summary, 8);
    if (sentences.size() < 2) {
      return summary;
    }
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (int i = 0; i < sentences.size(); i++) {
      int at = summary.indexOf(sentences.get(i), from);
      if (at < 0) {
        return summary; // cut otherwise than as written: leave it be
      }
      out.append(summary, from, at);
      String sentence = sentences.get(i);
      out.append(i == 0 ? sentence : without(sentence, summary.substring(0, at)));
      from = at + sentence.length();
    }
    return out.append(summary.substring(from)).toString();
  }

  /** Whether a later sentence of the summary repeats an adjunct said before. */
  static boolean found(String summary) {
    return !dropped(summary).equals(summary);
  }

  /** The sentence without the first adjunct whose words {@code before} says together. */
  private static String without(String sentence, String before) {
    Matcher opens = OPENS.matcher(sentence);
    while (opens.find()) {
      int start = opens.start();
      int end = end(sentence, opens.end());
      String phrase = sentence.substring(start, end);
      if (FINITE.matcher(phrase).find()
          || ENDS_IN_SERIES.matcher(phrase).find()
          // "without" is the phrase's sense, not a word it repeats ("without incurring X")
          || !saidTogether(phrase.replaceFirst("^without ", ""), before)) {
        continue;
      }
      return cut(sentence, start, end);
    }
    return sentence;
  }

  /** Where the adjunct opening at {@code from} ends: a comma, semicolon, the end, a preposition. */
  private static int end(String sentence, int from) {
    int end = sentence.length();
    while (end > from && ".!?".indexOf(sentence.charAt(end - 1)) >= 0) {
      end--;
    }
    for (char stop : new char[] {',', ';', ':', '('}) {
      int at = sentence.indexOf(stop, from);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    Matcher next = NEXT_PREPOSITION.matcher(sentence).region(from, end);
    return next.find() ? next.start() : end;
  }

  /**
   * The sentence with [start, end) left out, and the space or comma before it: a comma after it
   * goes too where a phrase on a preposition follows ("outperform LoRA without X, across models"
   * reads "outperform LoRA across models"), as the two phrases then run on.
   */
  private static String cut(String sentence, int start, int end) {
    int before = sentence.charAt(start - 2) == ',' ? start - 2 : start - 1;
    String after = sentence.substring(end);
    if (after.startsWith(", ") && before == start - 1) {
      String rest = after.substring(2);
      if (NEXT_PREPOSITION.matcher(" " + rest).lookingAt()) {
        after = " " + rest;
      }
    }
    return sentence.substring(0, before) + after;
  }

  /**
   * Whether every word of substance of the phrase, {@link #FEWEST_WORDS} at least, stands in one
   * stretch of the text's words of substance that holds no other.
   */
  static boolean saidTogether(String phrase, String text) {
    Set<String> words = new HashSet<>(substance(phrase));
    if (words.size() < FEWEST_WORDS) {
      return false;
    }
    List<String> said = substance(text);
    for (int i = 0; i + words.size() <= said.size(); i++) {
      if (new HashSet<>(said.subList(i, i + words.size())).equals(words)) {
        return true;
      }
    }
    return false;
  }

  /** The stems of the text's words of substance, in order: no function word. */
  static List<String> substance(String text) {
    List<String> stems = new ArrayList<>();
    for (Token token : ANALYZER.tokens(text)) {
      String word = text.substring(token.start(), token.end()).toLowerCase(Locale.ROOT);
      if (!LabelWords.functionWord(word)) {
        stems.add(token.term());
      }
    }
    return stems;
  }
}
