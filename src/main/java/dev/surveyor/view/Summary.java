package dev.surveyor.view;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list item's summary of an abstract: the sentence that says what the paper does. Many abstracts
 * open on the field's state ("Large language models have shown remarkable ..."), which would
 * summarise a hundred papers alike; the first of their opening sentences where the authors speak
 * ("we", "this paper") says what this one does.
 */
final class Summary {
  private static final int OPENING_SENTENCES = 6;
  private static final int LONGEST = 280;
  private static final Pattern AUTHORS_SPEAK =
      Pattern.compile(
          "\\b(?:we|this (?:paper|work|study|article)|here)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTRAST =
      Pattern.compile("(?:However|Yet|Instead|In contrast|Nevertheless|Nonetheless),\\s+(?=[a-z])");

  private Summary() {}

  /**
   * The sentence where the authors first speak, else the first sentence, else the start cut at a
   * word.
   */
  static String of(String abstractText) {
    int firstEnd = firstSentenceEnd(abstractText);
    if (firstEnd == 0) {
      return start(abstractText);
    }
    int start = 0;
    int end = firstEnd;
    for (int n = 0; n < OPENING_SENTENCES && end > 0; n++) {
      String sentence = abstractText.substring(start, end);
      if (AUTHORS_SPEAK.matcher(sentence).find()) {
        return n == 0 ? sentence : standalone(sentence);
      }
      start = end;
      while (start < abstractText.length() && isSpace(abstractText.charAt(start))) {
        start++;
      }
      String rest = abstractText.substring(start);
      int next = firstSentenceEnd(rest);
      // the last sentence has nothing after it to start another
      if (next == 0 && rest.length() <= LONGEST && rest.endsWith(".")) {
        next = rest.length();
      }
      end = next == 0 ? 0 : start + next;
    }
    return abstractText.substring(0, firstEnd);
  }

  /**
   * A later sentence read on its own: without the "However," that tied it to the one before
   * ("However, we find that ..." reads "We find that ...").
   */
  private static String standalone(String sentence) {
    Matcher m = CONTRAST.matcher(sentence);
    if (!m.lookingAt() || m.end() >= sentence.length()) {
      return sentence;
    }
    String rest = sentence.substring(m.end());
    return rest.substring(0, 1).toUpperCase(Locale.ROOT) + rest.substring(1);
  }

  private static String start(String abstractText) {
    if (abstractText.length() <= 240) {
      return abstractText;
    }
    int cut = abstractText.lastIndexOf(' ', 240);
    return abstractText.substring(0, cut > 0 ? cut : 240) + "…";
  }

  /**
   * Where a first sentence ends: at the first '.', '!' or '?' after 40 to 280 characters (code
   * points), followed by spaces and a capital or '('; 0 when there is none, or a line break comes
   * first. A scan rather than a regular expression, as every list item of every page asks.
   */
  static int firstSentenceEnd(String text) {
    int points = 0;
    for (int i = 0;
        i < text.length() && points <= LONGEST;
        i += Character.charCount(text.codePointAt(i))) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return 0;
      }
      points++;
      if (points > 40 && (c == '.' || c == '!' || c == '?')) {
        int next = i + 1;
        while (next < text.length() && isSpace(text.charAt(next))) {
          next++;
        }
        if (next > i + 1
            && next < text.length()
            && ((text.charAt(next) >= 'A' && text.charAt(next) <= 'Z')
                || text.charAt(next) == '(')) {
          return i + 1;
        }
      }
    }
    return 0;
  }

  /** Java's {@code \\s}: ASCII white space only. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
