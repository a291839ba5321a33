package dev.surveyor.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An abstract cut into sentences: each ends at '.', '!' or '?' after at least 40 characters,
 * followed by spaces and a capital or '(', or at the end of the text or a line; an abbreviation
 * ("et al.", "e.g.") ends none. A capture that lost a stop and its space ("the finetuned
 * LLM.Mosaic-IT randomly") or a stop alone ("in online shopping environments Specifically, Shop-R1
 * decomposes") still ends a sentence there; the stop it lost is put back.
 */
final class Sentences {
  private static final int SHORTEST = 40;
  private static final String CLOSERS = "\"'\u201D\u2019)";
  private static final List<String> ABBREVIATIONS =
      List.of("al.", "e.g.", "i.e.", "vs.", "Fig.", "Eq.", "cf.", "approx.");

  /** What only starts a sentence: a connective and its comma ("Specifically, "). */
  private static final Pattern OPENS_SENTENCE =
      Pattern.compile(
          "(?:Specifically|However|Moreover|Furthermore|Additionally|In addition|Finally|Notably"
              + "|Importantly|Therefore|Consequently|Concretely|In particular|To this end"
              + "|As a result|Experimentally|Empirically|Overall),\\s");

  /** The first words of {@link #OPENS_SENTENCE}, looked up before it is tried. */
  private static final Set<String> OPENING_WORDS =
      Set.of(
          "Specifically",
          "However",
          "Moreover",
          "Furthermore",
          "Additionally",
          "In",
          "Finally",
          "Notably",
          "Importantly",
          "Therefore",
          "Consequently",
          "Concretely",
          "To",
          "As",
          "Experimentally",
          "Empirically",
          "Overall");

  private Sentences() {}

  /** The first {@code most} sentences of {@code text}. */
  static List<String> of(String text, int most) {
    // read from an array: a text beyond Latin-1 paid a bounds-checked call per charAt under C1, and
    // this reads every character of every abstract and summary
    char[] chars = text.toCharArray();
    List<String> out = new ArrayList<>();
    int start = skipSpaces(chars, 0);
    int points = 0;
    int i = start;
    int length = text.length();
    while (i < length && out.size() < most) {
      char c = chars[i];
      // past the character, a surrogate pair whole (as codePointAt reads it), without decoding it:
      // this runs for every character of every abstract, twice
      int next =
          Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])
              ? i + 2
              : i + 1;
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        add(out, text.substring(start, i));
        start = skipSpaces(chars, next);
        i = start;
        points = 0;
        continue;
      }
      if (c == ' ' && points > SHORTEST && lostStop(text, chars, i)) {
        add(out, text.substring(start, i) + ".");
        start = skipSpaces(chars, next);
        i = start;
        points = 0;
        continue;
      }
      if (c == ' ' && points > SHORTEST && dashForStop(text, chars, i)) {
        // "the reasoning patterns of modern LRMs – In particular, we show ...": the dash stood
        // for a stop
        add(out, text.substring(start, i - 2) + ".");
        start = skipSpaces(chars, next);
        i = start;
        points = 0;
        continue;
      }
      points++;
      int end =
          points > SHORTEST && (c == '.' || c == '!' || c == '?')
              ? sentenceEnd(text, chars, i)
              : -1;
      if (end > 0) {
        add(out, text.substring(start, end));
        start = skipSpaces(chars, end);
        i = start;
        points = 0;
        continue;
      }
      i = next;
    }
    if (out.size() < most && start < text.length()) {
      add(out, text.substring(start));
    }
    return out;
  }

  private static void add(List<String> out, String sentence) {
    String s = sentence.strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
  }

  /** Where a sentence whose stop is at {@code stop} ends, closing quotes included; -1 if not. */
  private static int sentenceEnd(String text, char[] chars, int stop) {
    for (String abbreviation : ABBREVIATIONS) {
      int from = stop + 1 - abbreviation.length();
      if (from >= 0
          && text.startsWith(abbreviation, from)
          && (from == 0 || !Character.isLetter(chars[from - 1]))) {
        return -1;
      }
    }
    int closed = stop + 1;
    while (closed < text.length() && CLOSERS.indexOf(chars[closed]) >= 0) {
      closed++;
    }
    int next = skipSpaces(chars, closed);
    if (next == text.length()) {
      return closed;
    }
    char after = chars[next];
    if (next == closed) {
      // a capture that lost the space after a stop: "in natural languages.To begin, we"
      boolean glued = closed == stop + 1 && chars[stop] == '.' && gluedSentence(chars, stop);
      return glued ? closed : -1;
    }
    return (after >= 'A' && after <= 'Z') || after == '(' ? closed : -1;
  }

  /**
   * Two lower-case letters, a space, then a connective that only opens a sentence: the stop before
   * the space was lost. Tested at every space, so the letters first.
   */
  private static boolean lostStop(String text, char[] chars, int space) {
    return space >= 2
        && space + 2 < text.length()
        && Character.isUpperCase(chars[space + 1])
        && Character.isLowerCase(chars[space - 1])
        && Character.isLowerCase(chars[space - 2])
        && opensSentence(text, chars, space + 1);
  }

  /** A spaced dash after a word, then a connective that only opens a sentence. */
  private static boolean dashForStop(String text, char[] chars, int space) {
    if (space < 3 || space + 2 >= text.length()) {
      return false;
    }
    char dash = chars[space - 1];
    return (dash == '\u2013' || dash == '\u2014')
        && chars[space - 2] == ' '
        && Character.isLetterOrDigit(chars[space - 3])
        && Character.isUpperCase(chars[space + 1])
        && opensSentence(text, chars, space + 1);
  }

  /**
   * Whether a connective that only opens a sentence starts at {@code from}: a word followed by a
   * comma, or one of two letters ("In particular,"), is looked up before the pattern is tried.
   */
  private static boolean opensSentence(String text, char[] chars, int from) {
    int end = from;
    while (end < text.length() && Character.isLetter(chars[end])) {
      end++;
    }
    if (end >= text.length() || chars[end] != ',' && end - from != 2) {
      return false;
    }
    return OPENING_WORDS.contains(text.substring(from, end))
        && OPENS_SENTENCE.matcher(text).region(from, text.length()).lookingAt();
  }

  /** Two letters, a stop, then a capital and a lower-case letter. */
  private static boolean gluedSentence(char[] chars, int stop) {
    return stop >= 2
        && stop + 3 <= chars.length
        && Character.isLetter(chars[stop - 1])
        && Character.isLetter(chars[stop - 2])
        && Character.isUpperCase(chars[stop + 1])
        && Character.isLowerCase(chars[stop + 2]);
  }

  private static int skipSpaces(char[] chars, int from) {
    int i = from;
    while (i < chars.length && isSpace(chars[i])) {
      i++;
    }
    return i;
  }

  /** Java's {@code \\s}: ASCII white space only. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
