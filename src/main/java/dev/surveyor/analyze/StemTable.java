package dev.surveyor.analyze;

/**
 * Words' stems by the words' characters, for one thread: read for every token of every paper, so a
 * word is looked up in the tokenizer's buffer, with no string made and no code-point loop (Lucene's
 * {@code CharArrayMap}, which this replaces, read each character as a code point: 2% of a large
 * build). Open addressing, linear probing, at most half full.
 */
final class StemTable {
  private char[][] words = new char[1024][];
  private String[] stems = new String[1024];
  private int size;

  /** The stem of the word {@code buffer[0, length)}, or null if it was never put. */
  String get(char[] buffer, int length) {
    int mask = words.length - 1;
    for (int slot = hash(buffer, length) & mask; ; slot = (slot + 1) & mask) {
      char[] word = words[slot];
      if (word == null) {
        return null;
      }
      if (same(word, buffer, length)) {
        return stems[slot];
      }
    }
  }

  /** Keeps the stem of the word {@code buffer[0, length)}, which is not in the table yet. */
  void put(char[] buffer, int length, String stem) {
    if (2 * (size + 1) > words.length) {
      grow();
    }
    char[] word = new char[length];
    System.arraycopy(buffer, 0, word, 0, length);
    insert(word, stem);
    size++;
  }

  private void insert(char[] word, String stem) {
    int mask = words.length - 1;
    int slot = hash(word, word.length) & mask;
    while (words[slot] != null) {
      slot = (slot + 1) & mask;
    }
    words[slot] = word;
    stems[slot] = stem;
  }

  private void grow() {
    char[][] oldWords = words;
    String[] oldStems = stems;
    words = new char[oldWords.length * 2][];
    stems = new String[oldWords.length * 2];
    for (int i = 0; i < oldWords.length; i++) {
      if (oldWords[i] != null) {
        insert(oldWords[i], oldStems[i]);
      }
    }
  }

  private static int hash(char[] buffer, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + buffer[i];
    }
    return h ^ (h >>> 16);
  }

  private static boolean same(char[] word, char[] buffer, int length) {
    if (word.length != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (word[i] != buffer[i]) {
        return false;
      }
    }
    return true;
  }
}
