package dev.surveyor.view;

/**
 * Numbers as text for the search index: each number a run of characters of a 64-letter alphabet
 * safe in JSON strings and file names, five bits each, the sixth bit set on every character but the
 * last. Numbers below 32 take one character. {@code assets/search-core.js} reads them back.
 */
final class SearchCodes {
  static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private SearchCodes() {}

  /** Appends {@code value} (not negative). */
  static void append(StringBuilder out, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative: " + value);
    }
    int shift = 0;
    while ((value >>> shift) >= 32) {
      shift += 5;
    }
    for (; shift > 0; shift -= 5) {
      out.append(ALPHABET.charAt(32 | ((value >>> shift) & 31)));
    }
    out.append(ALPHABET.charAt(value & 31));
  }

  /**
   * A set of paper numbers below {@code n} as bits, six to a character ({@code docs} ascending):
   * for a term most papers hold, a sixth of a character per paper.
   */
  static String bits(int[] docs, int count, int n) {
    char[] out = new char[(n + 5) / 6];
    int[] words = new int[out.length];
    for (int k = 0; k < count; k++) {
      words[docs[k] / 6] |= 1 << (docs[k] % 6);
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = ALPHABET.charAt(words[i]);
    }
    return new String(out);
  }

  /**
   * A set of paper numbers below {@code n} ({@code docs} ascending) as gaps, the first counted from
   * -1, or as {@link #bits}, whichever is shorter: a few papers cost a character or two each, most
   * papers a sixth of a character each.
   */
  static SearchIndex.Members members(int[] docs, int count, int n) {
    int bitsLength = (n + 5) / 6;
    StringBuilder gaps = new StringBuilder();
    int previous = -1;
    for (int k = 0; k < count && gaps.length() < bitsLength; k++) {
      append(gaps, docs[k] - previous);
      previous = docs[k];
    }
    return gaps.length() < bitsLength
        ? new SearchIndex.Members(gaps.toString(), null)
        : new SearchIndex.Members(null, bits(docs, count, n));
  }

  /** The paper numbers a string of {@link #bits} holds, ascending. */
  static int[] readBits(String text) {
    int[] docs = new int[text.length() * 6];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      int word = ALPHABET.indexOf(text.charAt(i));
      for (int bit = 0; bit < 6; bit++) {
        if ((word & 1 << bit) != 0) {
          docs[n++] = i * 6 + bit;
        }
      }
    }
    return java.util.Arrays.copyOf(docs, n);
  }

  /** The numbers a string holds, in order. */
  static int[] read(String text) {
    int[] values = new int[text.length()];
    int n = 0;
    int value = 0;
    for (int i = 0; i < text.length(); i++) {
      int digit = ALPHABET.indexOf(text.charAt(i));
      value = (value << 5) | (digit & 31);
      if ((digit & 32) == 0) {
        values[n++] = value;
        value = 0;
      }
    }
    return java.util.Arrays.copyOf(values, n);
  }
}
