package dev.surveyor.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words search sees in a text, cut exactly as the search page's script cuts a query ({@code
 * words} in {@code assets/search-core.js}): runs of letters and digits, accents dropped, lower
 * case. Words joined by hyphens ("low-rank", "GPT-4o") are also one joined word ("lowrank",
 * "gpt4o"), so a query can ask for the compound rather than its parts.
 */
public final class SearchWords {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private SearchWords() {}

  /** The text folded as the script folds it: NFKD, combining marks dropped, lower case. */
  public static String fold(String text) {
    if (isAscii(text)) { // nearly every abstract: nothing to decompose
      return text.toLowerCase(Locale.ROOT);
    }
    return MARKS
        .matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
        .replaceAll("")
        .toLowerCase(Locale.ROOT);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** The words in order, each hyphen-joined compound right after its last part. */
  public static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    forEach(text, (chars, length) -> words.add(new String(chars, 0, length)));
    return words;
  }

  /** Receives words as characters, valid only during the call: no string per word. */
  @FunctionalInterface
  public interface Sink {
    void word(char[] chars, int length);
  }

  /** Each word of {@link #of}, in the same order, without a string per word. */
  public static void forEach(String text, Sink sink) {
    // ASCII, nearly every abstract, is lowered as it is read instead of copied lowered first, and
    // its word characters told by range instead of by Unicode's tables (the same ones in ASCII).
    boolean ascii = isAscii(text);
    String folded = ascii ? text : fold(text);
    char[] word = new char[32];
    char[] joined = new char[32];
    int joinedLength = 0;
    int parts = 0;
    int i = 0;
    int n = folded.length();
    while (i < n) {
      if (!isWordChar(folded.charAt(i), ascii)) {
        i++;
        continue;
      }
      int length = 0;
      char c;
      while (i < n && isWordChar(c = folded.charAt(i), ascii)) {
        i++;
        if (ascii && c >= 'A' && c <= 'Z') { // lowered as fold lowers it
          c += 'a' - 'A';
        }
        if (length == word.length) {
          word = java.util.Arrays.copyOf(word, length * 2);
        }
        word[length++] = c;
        if (joinedLength == joined.length) {
          joined = java.util.Arrays.copyOf(joined, joinedLength * 2);
        }
        joined[joinedLength++] = c;
      }
      sink.word(word, length);
      parts++;
      boolean hyphen =
          i + 1 < n && isHyphen(folded.charAt(i)) && isWordChar(folded.charAt(i + 1), ascii);
      if (!hyphen) {
        if (parts > 1) {
          sink.word(joined, joinedLength);
        }
        joinedLength = 0;
        parts = 0;
      }
    }
  }

  /** The plain words of a phrase, folded, joined by single spaces: how a query names it. */
  public static String phrase(String text) {
    return String.join(" ", plain(fold(text)));
  }

  /** The words of a phrase in their own case, joined by single spaces: for case-sensitive names. */
  public static String casedPhrase(String text) {
    return String.join(" ", plain(text));
  }

  private static List<String> plain(String text) {
    List<String> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
      words.add(text.substring(start, i));
    }
    return words;
  }

  /** What the script's {@code /[\p{L}\p{N}]/u} matches, one UTF-16 unit at a time. */
  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean isWordChar(char c, boolean ascii) {
    if (!ascii) {
      return isWordChar(c);
    }
    return c >= 'a' ? c <= 'z' : c >= 'A' ? c <= 'Z' : c >= '0' && c <= '9';
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }
}
