package dev.surveyor.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into runs of letters and digits, unstemmed, with their offsets: the words entity
 * aliases are matched against, where "GSM8K" and "DPO" must stay as written.
 */
public final class WordTokenizer {
  private WordTokenizer() {}

  /** Each word lowercased, with the characters [start, end) it spans in {@code text}. */
  public static List<Token> words(String text) {
    List<Token> words = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!isWordAt(text, i)) {
        i += Character.charCount(text.codePointAt(i));
        continue;
      }
      int start = i;
      while (i < n && isWordAt(text, i)) {
        i += Character.charCount(text.codePointAt(i));
      }
      words.add(new Token(text.substring(start, i).toLowerCase(Locale.ROOT), start, i));
    }
    return words;
  }

  /**
   * Whether a letter or digit starts at {@code i}; ASCII, nearly all of the text, decided at once.
   */
  private static boolean isWordAt(String text, int i) {
    char c = text.charAt(i);
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(text.codePointAt(i));
  }
}
