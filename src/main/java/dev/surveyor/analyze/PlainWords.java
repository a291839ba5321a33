package dev.surveyor.analyze;

import dev.surveyor.model.Paper;
import java.util.Arrays;
import java.util.List;

/**
 * A paper's title and abstract as lowercase words between single spaces, with " | " where a clause
 * ends ("chain-of-thought" and "qwen2.5" split as {@link RelatedReasons#words} splits them), made
 * in arrays one thread reuses: the text, where each word (or break) stands and its {@link
 * String#hashCode}, no string per word. Related papers ask for most papers' words, many times each:
 * a string per word was most of the cost of finding the phrases two papers share.
 */
final class PlainWords {
  private char[] source = new char[1 << 12];
  private char[] text = new char[3 * (1 << 12) + 2];
  private int[] starts = new int[1 << 10];
  private int[] ends = new int[1 << 10];
  private int[] hashes = new int[1 << 10];
  private int count;
  private int paper = -1;

  /** The words of {@code papers.get(index)}, made unless this holds them already. */
  PlainWords read(int index, List<Paper> papers) {
    if (paper != index) {
      Paper p = papers.get(index);
      String title = p.title();
      String abstractText = p.abstractText();
      int length = title.length() + 2 + abstractText.length();
      if (source.length < length) {
        source = new char[length];
        // a break is at most three characters for one ("a | b"), and one space leads
        text = new char[3 * length + 2];
      }
      title.getChars(0, title.length(), source, 0);
      source[title.length()] = '.';
      source[title.length() + 1] = ' ';
      abstractText.getChars(0, abstractText.length(), source, title.length() + 2);
      read(length);
      paper = index;
    }
    return this;
  }

  /** The plain text of {@code source}'s first {@code length} characters, and its words. */
  private void read(int length) {
    char[] in = source;
    char[] out = text;
    count = 0;
    int n = 0;
    out[n++] = ' ';
    boolean space = true; // the last character written is a space: no word is open
    int hash = 0;
    for (int i = 0; i < length; i++) {
      char c = in[i];
      int kind = c < 0x80 ? ASCII_KIND[c] : kind(c);
      if (kind == PERIOD) {
        // a full stop ends a clause; a point inside a word ("qwen2.5") splits it
        kind = i + 1 == length || Character.isWhitespace(in[i + 1]) ? BREAK : SPACE;
      }
      if (kind == WORD) {
        if (space) {
          opened(n);
          hash = 0;
          space = false;
        }
        char lower = c < 0x80 ? ASCII_LOWER[c] : Character.toLowerCase(c);
        hash = 31 * hash + lower;
        out[n++] = lower;
      } else if (kind == SPACE) {
        if (!space) {
          closed(n, hash);
          out[n++] = ' ';
          space = true;
        }
      } else {
        if (!space) {
          closed(n, hash);
          out[n++] = ' ';
        }
        opened(n);
        out[n++] = '|';
        closed(n, '|');
        out[n++] = ' ';
        space = true;
      }
    }
    if (!space) {
      closed(n, hash);
    }
  }

  private void opened(int at) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, 2 * count);
      ends = Arrays.copyOf(ends, 2 * count);
      hashes = Arrays.copyOf(hashes, 2 * count);
    }
    starts[count] = at;
  }

  private void closed(int at, int hash) {
    ends[count] = at;
    hashes[count++] = hash;
  }

  private static final byte WORD = 0;
  private static final byte SPACE = 1; // where words split with no break
  private static final byte BREAK = 2;
  private static final byte PERIOD = 3;

  private static int kind(char c) {
    if (Character.isLetterOrDigit(c)) {
      return WORD;
    }
    return Character.isWhitespace(c) || c == '–' || c == '’' ? SPACE : BREAK;
  }

  // kind and Character.toLowerCase of the ASCII characters, looked up
  private static final byte[] ASCII_KIND = new byte[0x80];
  private static final char[] ASCII_LOWER = new char[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII_KIND[c] =
          c == '.'
              ? PERIOD
              : Character.isLetterOrDigit(c)
                  ? WORD
                  : Character.isWhitespace(c) || "-/'".indexOf(c) >= 0 ? SPACE : BREAK;
      ASCII_LOWER[c] = Character.toLowerCase(c);
    }
  }

  /** The paper whose words these are; -1 before any. */
  int paper() {
    return paper;
  }

  /** How many words and breaks. */
  int count() {
    return count;
  }

  /** The word's {@link String#hashCode}. */
  int hash(int k) {
    return hashes[k];
  }

  int start(int k) {
    return starts[k];
  }

  int length(int k) {
    return ends[k] - starts[k];
  }

  /** The text: word {@code k} is {@code length(k)} characters from {@code start(k)}. */
  char[] text() {
    return text;
  }

  String word(int k) {
    return new String(text, starts[k], ends[k] - starts[k]);
  }

  /** Words {@code from} to {@code to} (exclusive), as strings. */
  List<String> words(int from, int to) {
    String[] made = new String[to - from];
    for (int k = from; k < to; k++) {
      made[k - from] = word(k);
    }
    return List.of(made);
  }

  /** Words {@code from} to {@code to} (exclusive) between single spaces. */
  String phrase(int from, int to) {
    return new String(text, starts[from], ends[to - 1] - starts[from]);
  }

  /** The {@link String#hashCode} of {@link #phrase}, no string made. */
  int phraseHash(int from, int to) {
    int h = 0;
    for (int i = starts[from]; i < ends[to - 1]; i++) {
      h = 31 * h + text[i];
    }
    return h;
  }

  /** Whether word {@code k} is {@code word}. */
  boolean is(int k, String word) {
    int start = starts[k];
    if (ends[k] - start != word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (text[start + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the words first stand in a row, the first word's position; -1 when they do not (as {@code
   * contains(" " + String.join(" ", words) + " ")} in the plain text).
   */
  int find(List<String> words) {
    int n = words.size();
    int first = words.get(0).hashCode();
    for (int k = 0; k + n <= count; k++) {
      if (hashes[k] != first) {
        continue;
      }
      boolean all = true;
      for (int j = 0; j < n && all; j++) {
        all = hashes[k + j] == words.get(j).hashCode() && is(k + j, words.get(j));
      }
      if (all) {
        return k;
      }
    }
    return -1;
  }
}
