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
    char[] chars = text.toCharArray(); // read once: charAt on a text beyond Latin-1 cost 3x more
    List<Token> words = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!isWordAt(chars, i)) {
        i += chars[i] < 0x80 ? 1 : Character.charCount(Character.codePointAt(chars, i));
        continue;
      }
      int start = i;
      boolean ascii = true;
      boolean capital = false;
      while (i < n) {
        char c = chars[i];
        if (c < 0x80) {
          if (!isAsciiWord(c)) {
            break;
          }
          capital |= c >= 'A' && c <= 'Z';
          i++;
        } else if (isWordAt(chars, i)) {
          ascii = false;
          i += Character.charCount(Character.codePointAt(chars, i));
        } else {
          break;
        }
      }
      // an ASCII word already in lower case is itself; one with capitals is lowered in one copy
      String word =
          !ascii
              ? text.substring(start, i).toLowerCase(Locale.ROOT)
              : capital ? asciiLower(chars, start, i) : text.substring(start, i);
      words.add(new Token(word, start, i));
    }
    return words;
  }

  /** The ASCII characters [start, end) of the text in lower case, as toLowerCase gives them. */
  private static String asciiLower(char[] chars, int start, int end) {
    char[] lower = new char[end - start];
    for (int k = 0; k < lower.length; k++) {
      char c = chars[start + k];
      lower[k] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return new String(lower);
  }

  private static boolean isAsciiWord(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * Whether a letter or digit starts at {@code i}; ASCII, nearly all of the text, decided at once.
   */
  private static boolean isWordAt(char[] chars, int i) {
    char c = chars[i];
    if (c < 128) {
      return isAsciiWord(c);
    }
    return Character.isLetterOrDigit(Character.codePointAt(chars, i));
  }
}
