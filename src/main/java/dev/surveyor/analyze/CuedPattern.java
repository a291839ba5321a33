package dev.surveyor.analyze;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only from where a match may start: every match starts at one of its cues (plain
 * words, or a digit) or at the character before one, and cues are sought with indexOf, far cheaper
 * than the pattern tried at every character of a sentence. Where no cue occurs the pattern is not
 * tried at all. For speed only: it finds what the pattern alone finds (SummaryFindingPatternsTest
 * checks that on real text). Cues of a case-insensitive pattern are lower case, sought in the text
 * with its ASCII letters lowered, as the pattern's CASE_INSENSITIVE compares them.
 */
record CuedPattern(Pattern pattern, List<String> cues, boolean digits) {
  CuedPattern {
    cues = List.copyOf(cues);
  }

  /** Where the pattern may first match in the text; -1 where it cannot match. */
  int start(String text) {
    boolean ignoreCase = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
    String sought = ignoreCase ? asciiLower(text) : text;
    int first = digits ? firstDigit(text) : -1;
    for (String cue : cues) {
      int at = sought.indexOf(cue);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first <= 0 ? first : first - 1;
  }

  /** Whether the pattern finds a match in the text. */
  boolean find(String text) {
    int start = start(text);
    return start >= 0 && pattern.matcher(text).find(start);
  }

  /** The text with every match replaced by {@code replacement}, taken literally. */
  String replaceAll(String text, String replacement) {
    int start = start(text);
    if (start < 0) {
      return text;
    }
    Matcher m = pattern.matcher(text);
    if (!m.find(start)) {
      return text;
    }
    // as Matcher.replaceAll goes on from the first match: none starts before `start`
    String literal = Matcher.quoteReplacement(replacement);
    StringBuilder out = new StringBuilder(text.length());
    do {
      m.appendReplacement(out, literal);
    } while (m.find());
    return m.appendTail(out).toString();
  }

  private static int firstDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return i;
      }
    }
    return -1;
  }

  /** The text with its ASCII capitals lowered, the only letters CASE_INSENSITIVE folds. */
  private static String asciiLower(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= 'A' && c <= 'Z') {
        chars[i] = (char) (c + ('a' - 'A'));
      }
    }
    return new String(chars);
  }
}
