package dev.surveyor.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list item's summary of an abstract: one of its sentences, read on its own. Many abstracts open
 * on the field's state ("Large language models have shown remarkable ..."), which would summarise a
 * hundred papers alike; the first of their opening sentences where the authors speak ("we", "this
 * paper") says what this one does. A sentence that leans on the one before ("To address this, we
 * propose ...") loses only a lead that carries no content of its own ("To address this, ", "Thus,
 * ", "In this paper, "); one that still points back ("This work addresses this gap") is not chosen.
 * A summary is never cut: the whole sentence, however long.
 */
final class Summary {
  private static final int OPENING_SENTENCES = 6;
  private static final int SHORTEST = 40;
  private static final Pattern AUTHORS_SPEAK =
      Pattern.compile(
          "\\b(?:we|our|this (?:paper|work|study|article)|here)\\b", Pattern.CASE_INSENSITIVE);

  /** What a sentence points back at: "this gap", "these limitations", "such methods". */
  private static final String BACK_NOUN =
      "(?:gaps?|issues?|challenges?|limitations?|problems?|questions?|shortcomings?|bottlenecks?"
          + "|concerns?|observations?|findings?|phenomen(?:on|a)|insights?|trade-?offs?"
          + "|discrepanc(?:y|ies)|deficienc(?:y|ies)|drawbacks?|difficult(?:y|ies)|dilemmas?"
          + "|obstacles?|barriers?|needs?|hypothes[ie]s|weakness(?:es)?|constraints?|risks?"
          + "|efforts?|results?|end|goals?|aims?|phenomenon|settings?|scenarios?|paradigms?"
          + "|disparit(?:y|ies)|inefficienc(?:y|ies)|pitfalls?|failures?|lines?|directions?"
          + "|methods?|approaches?|techniques?|strategies|strategy|models?|systems?|works"
          + "|assumptions?|beliefs?|claims?|views?|notions?|practices?|intuitions?|conjectures?"
          + "|paradox(?:es)?|plateaus?|ambiguit(?:y|ies)|abilit(?:y|ies)|capabilit(?:y|ies)|ideas?"
          + "|data|contexts?|fronts?|dynamics|behaviou?rs?|theor(?:y|ies))";

  private static final String BACK_DETERMINER =
      "(?:this|these|those|such|both|the (?:above|aforementioned|former|latter|same|mentioned))";

  /**
   * A lead that says nothing a reader loses: a connective ("Thus, ", "However, "), the paper
   * pointing at itself ("In this paper, "), or a clause that only points back ("To address these
   * limitations, ", "Motivated by these findings, ").
   */
  private static final Pattern LEAD =
      Pattern.compile(
          "(?:(?:However|Yet|Instead|In contrast|Nevertheless|Nonetheless|Thus|Therefore|Hence"
              + "|Consequently|Accordingly|As a result|As such|To this end|To that end|In this way"
              + "|To do so|To do this|In doing so|By doing so|Towards? (?:this|that)(?: end| goal)?|Specifically|Concretely"
              + "|In particular|In response|Furthermore|Moreover|Additionally|In addition|Further"
              + "|Besides|With this in mind|Against this backdrop|For this reason|In light of this"
              + "|Given this|Here(?:in)?|In this (?:paper|work|study|article|report|letter"
              + "|position paper|survey|thesis)"
              + "|(?:Motivated|Inspired|Guided|Driven|Informed) by "
              + "(?:this|these|that|those|such|their)(?: [\\w-]+){0,3}"
              + "|(?:Building|Based|Drawing) (?:on|upon) "
              + "(?:this|these|that|those|such|their)(?: [\\w-]+){0,3}"
              + "|To (?:address|tackle|overcome|solve|bridge|fill|close|mitigate|alleviate|remedy"
              + "|resolve|fix|handle|meet|answer|counter|circumvent|investigate|explore|study"
              + "|examine|understand|achieve|narrow|ease|avoid|eliminate|reduce) "
              + "(?:this|that|(?:these|those|such|both|the|this|that)(?: [\\w-]+){0,2} "
              + BACK_NOUN
              + "(?: and (?:[\\w-]+ ){0,2}"
              + BACK_NOUN
              + ")?))"
              + ",\\s+"
              + "|(?:Here|In this (?:paper|work|study|article))\\s+(?=we\\b))");

  /** Words that still point back once the lead is gone: "we address this gap". */
  private static final Pattern BACK_REFERENCE =
      Pattern.compile(
          "\\b"
              + BACK_DETERMINER
              + "\\s+(?:[\\w-]+\\s+){0,2}?"
              + BACK_NOUN
              + "\\b|\\banother\\b|\\bthe (?:above|aforementioned)\\b|\\bdoing so\\b"
              + "|\\b(?:bridge|fill|close) the gap\\b",
          Pattern.CASE_INSENSITIVE);

  /** A sentence whose subject is the sentence before: "This raises ...", "It ...". */
  private static final Pattern BACK_SUBJECT =
      Pattern.compile(
          "(?:This|These|That|Those|Such|It|They|Their|Its|Them|Both|Another|The latter"
              + "|For (?:instance|example)|In this context|To this front|Upon"
              + "|The former|The above)\\b(?!\\s+(?:paper|work|study|article|report|technical report"
              + "|thesis|survey|tutorial|position paper|chapter|manuscript|letter|research|project"
              + "|dissertation|review|note|essay|book|benchmark|dataset)\\b)");

  private static final String CLOSERS = "\"'\u201D\u2019)";
  private static final Pattern LOWER_WORD = Pattern.compile("[a-z]+\\b");
  private static final List<String> ABBREVIATIONS =
      List.of("al.", "e.g.", "i.e.", "vs.", "Fig.", "Eq.", "cf.", "approx.");

  private Summary() {}

  /**
   * The first opening sentence where the authors speak that stands on its own, else the first
   * sentence if it does, else the first that does, else the first sentence as written.
   */
  static String of(String abstractText) {
    List<String> sentences = sentences(abstractText, OPENING_SENTENCES);
    if (sentences.isEmpty()) {
      return abstractText.strip();
    }
    List<Optional<String>> alone = sentences.stream().map(Summary::standalone).toList();
    for (int i = 0; i < sentences.size(); i++) {
      if (alone.get(i).isPresent() && AUTHORS_SPEAK.matcher(sentences.get(i)).find()) {
        return alone.get(i).get();
      }
    }
    return alone.stream().flatMap(Optional::stream).findFirst().orElse(sentences.get(0));
  }

  /**
   * The sentence read on its own: without a lead that only ties it to the one before, or empty when
   * it still points back.
   */
  static Optional<String> standalone(String sentence) {
    String s = sentence;
    for (int pass = 0; pass < 3; pass++) {
      Matcher lead = LEAD.matcher(s);
      if (!lead.lookingAt()) {
        break;
      }
      String rest = s.substring(lead.end());
      // capitalised only where that is certain: a plain lower-case word ("we", "our")
      if (!LOWER_WORD.matcher(rest).lookingAt()) {
        break;
      }
      s = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }
    if (BACK_SUBJECT.matcher(s).lookingAt() || BACK_REFERENCE.matcher(s).find()) {
      return Optional.empty();
    }
    return Optional.of(s);
  }

  /**
   * The first {@code most} sentences: each ends at '.', '!' or '?' after at least 40 characters,
   * followed by spaces and a capital or '(', or at the end of the text or a line; an abbreviation
   * ("et al.", "e.g.") ends none.
   */
  static List<String> sentences(String text, int most) {
    List<String> out = new ArrayList<>();
    int start = skipSpaces(text, 0);
    int points = 0;
    int i = start;
    while (i < text.length() && out.size() < most) {
      char c = text.charAt(i);
      int next = i + Character.charCount(text.codePointAt(i));
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        addSentence(out, text.substring(start, i));
        start = skipSpaces(text, next);
        i = start;
        points = 0;
        continue;
      }
      points++;
      int end = points > SHORTEST && (c == '.' || c == '!' || c == '?') ? sentenceEnd(text, i) : -1;
      if (end > 0) {
        addSentence(out, text.substring(start, end));
        start = skipSpaces(text, end);
        i = start;
        points = 0;
        continue;
      }
      i = next;
    }
    if (out.size() < most && start < text.length()) {
      addSentence(out, text.substring(start));
    }
    return out;
  }

  private static void addSentence(List<String> out, String sentence) {
    String s = sentence.strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
  }

  /** Where a sentence whose stop is at {@code stop} ends, closing quotes included; -1 if not. */
  private static int sentenceEnd(String text, int stop) {
    for (String abbreviation : ABBREVIATIONS) {
      int from = stop + 1 - abbreviation.length();
      if (from >= 0
          && text.startsWith(abbreviation, from)
          && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
        return -1;
      }
    }
    int closed = stop + 1;
    while (closed < text.length() && CLOSERS.indexOf(text.charAt(closed)) >= 0) {
      closed++;
    }
    int next = skipSpaces(text, closed);
    if (next == text.length()) {
      return closed;
    }
    char after = text.charAt(next);
    if (next == closed) {
      // a capture that lost the space after a stop: "in natural languages.To begin, we"
      boolean glued = closed == stop + 1 && text.charAt(stop) == '.' && gluedSentence(text, stop);
      return glued ? closed : -1;
    }
    return (after >= 'A' && after <= 'Z') || after == '(' ? closed : -1;
  }

  /** Two lower-case letters, a stop, then a capital and a lower-case letter. */
  private static boolean gluedSentence(String text, int stop) {
    return stop >= 2
        && stop + 3 <= text.length()
        && Character.isLowerCase(text.charAt(stop - 1))
        && Character.isLowerCase(text.charAt(stop - 2))
        && Character.isUpperCase(text.charAt(stop + 1))
        && Character.isLowerCase(text.charAt(stop + 2));
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Java's {@code \\s}: ASCII white space only. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
