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
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      words.add(new Token(text.substring(start, i).toLowerCase(Locale.ROOT), start, i));
    }
    return words;
  }
}
