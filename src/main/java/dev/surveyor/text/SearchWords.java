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
    Reader reader = new Reader();
    reader.reset(text);
    while (reader.next()) {
      words.add(new String(reader.chars(), reader.start(), reader.length()));
    }
    return words;
  }

  /** Whether an ASCII character is a word character: a letter or digit. */
  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
  }

  /**
   * Reads a text's words one at a time, as {@link #of} cuts them, from a buffer it keeps from text
   * to text: what counting the words of every paper runs per character, so no string, interface
   * call, copy or bounds-checked {@code charAt} per character or word. Not for two threads at once.
   */
  public static final class Reader {
    // Per character below KNOWN: 0 not yet known, 1 plain, 2 not (see plain).
    private static final int KNOWN = 0x3000;
    private byte[] known;
    private char[] text = new char[1024]; // the text folded, or lowered where folding is lowering
    private int end;
    private int at;
    private char[] current;
    private int start;
    private int length;
    private int hash;
    // The hyphen-joined compound being read (its parts so far), given after its last part.
    private char[] joined = new char[32];
    private int joinedLength;
    private int joinedHash;
    private int parts;
    private boolean joinedNext;
    // The end of the word before, when it stood alone (no hyphen on either side), else -1.
    private int aloneEnd = -1;
    private boolean spaced;

    /** Starts on {@code text}'s words. */
    public void reset(String text) {
      end = text.length();
      if (end > this.text.length) {
        this.text = new char[Math.max(end, this.text.length * 2)];
      }
      text.getChars(0, end, this.text, 0);
      // Nearly every abstract is ASCII, or holds only characters folding leaves as they are
      // (quotes, dots, arrows, Greek letters): folding it is lowering its ASCII letters, in place.
      // Any other text is folded as a whole.
      if (!lowerIfPlain(this.text, end)) {
        String folded = fold(text);
        end = folded.length();
        if (end > this.text.length) {
          this.text = new char[Math.max(end, this.text.length * 2)];
        }
        folded.getChars(0, end, this.text, 0);
      }
      at = 0;
      joinedLength = 0;
      joinedHash = 0;
      parts = 0;
      joinedNext = false;
      aloneEnd = -1;
      spaced = false;
    }

    /**
     * Lowers the ASCII letters, and says whether folding leaves every other character as it is; if
     * not, the text is to be folded (what was lowered is lowered by folding too).
     */
    private boolean lowerIfPlain(char[] chars, int length) {
      for (int i = 0; i < length; i++) {
        char c = chars[i];
        if (c >= 128) {
          if (!plain(c)) {
            return false;
          }
        } else if (c >= 'A' && c <= 'Z') {
          chars[i] = (char) (c + ('a' - 'A'));
        }
      }
      return true;
    }

    /**
     * Whether folding leaves a character as it is wherever it stands: NFKD alone and beside others
     * (no decomposition, not a mark, so nothing reorders or drops), and lower case has no other
     * form of it. Remembered by this reader for the characters below {@link #KNOWN}.
     */
    private boolean plain(char c) {
      if (c >= KNOWN) {
        return plainUncached(c);
      }
      if (known == null) {
        known = new byte[KNOWN];
      }
      if (known[c] == 0) {
        known[c] = (byte) (plainUncached(c) ? 1 : 2);
      }
      return known[c] == 1;
    }

    private static boolean plainUncached(char c) {
      int type = Character.getType(c);
      if (Character.isSurrogate(c)
          || type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || Character.toLowerCase(c) != c) {
        return false;
      }
      String alone = String.valueOf(c);
      return Normalizer.isNormalized(alone, Normalizer.Form.NFKD)
          && alone.toLowerCase(Locale.ROOT).equals(alone);
    }

    /**
     * Moves to the next word, a hyphen-joined compound right after its last part; false at the end.
     */
    public boolean next() {
      if (joinedNext) {
        joinedNext = false;
        current = joined;
        start = 0;
        length = joinedLength;
        hash = joinedHash;
        joinedLength = 0;
        joinedHash = 0;
        parts = 0;
        aloneEnd = -1;
        spaced = false;
        return true;
      }
      char[] chars = text;
      int i = at;
      while (i < end && !isWord(chars[i])) {
        i++;
      }
      if (i == end) {
        at = i;
        return false;
      }
      int from = i;
      int h = 0;
      while (i < end && isWord(chars[i])) {
        h = 31 * h + chars[i++];
      }
      at = i;
      current = chars;
      start = from;
      length = i - from;
      hash = h;
      boolean hyphen = i + 1 < end && isHyphen(chars[i]) && isWord(chars[i + 1]);
      boolean alone = !hyphen && parts == 0;
      spaced = alone && aloneEnd >= 0 && onlySpaces(chars, aloneEnd, from);
      aloneEnd = alone ? i : -1;
      if (hyphen || parts > 0) { // a part of a compound: kept for the compound
        if (joinedLength + length > joined.length) {
          joined = java.util.Arrays.copyOf(joined, 2 * (joinedLength + length));
        }
        System.arraycopy(chars, from, joined, joinedLength, length);
        joinedLength += length;
        for (int k = from; k < i; k++) {
          joinedHash = 31 * joinedHash + chars[k];
        }
        parts++;
        joinedNext = !hyphen;
      }
      return true;
    }

    /**
     * Whether this word and the word before stand alone with only spaces between them ("instruction
     * following"): the spaced form of a compound the index may hold ("instructionfollowing").
     */
    public boolean spaced() {
      return spaced;
    }

    private static boolean onlySpaces(char[] chars, int from, int to) {
      for (int k = from; k < to; k++) {
        if (chars[k] != ' ' && chars[k] != '\n') {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether the word is a part of a model's name ({@link ModelNames}: "distill" of
     * DeepSeek-R1-Distill-Qwen), not the joined name itself nor a word of prose.
     */
    public boolean inName() {
      if (current != text) {
        return false; // the joined compound
      }
      int wordEnd = start + length;
      boolean joined =
          start > 0 && isHyphen(text[start - 1]) || wordEnd < end && isHyphen(text[wordEnd]);
      return joined && ModelNames.isNamePart(text, end, start, wordEnd);
    }

    /** The characters the word is in, from {@link #start}; valid until the next call. */
    public char[] chars() {
      return current;
    }

    public int start() {
      return start;
    }

    public int length() {
      return length;
    }

    /** The word's {@link String#hashCode}. */
    public int hash() {
      return hash;
    }

    private static boolean isWord(char c) {
      return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
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

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }
}
