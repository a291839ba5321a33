package dev.surveyor.analyze;

import java.util.Arrays;
import java.util.function.ToIntFunction;

/**
 * One thread's memo of a function of a word ({@code RelatedReasons}' roles of a word in a phrase),
 * looked up by a {@link PlainWords} word in place: an open-addressing table of the words' hashes,
 * values and places in one array of characters, so a word met again costs no string, no boxed value
 * and no visit to a string's two objects (it runs for every word of most papers).
 */
final class WordRoles {
  private static final int INITIAL = 1 << 12;
  // a memo, not a record: forgotten past this many words (a thread may read every paper)
  private static final int MOST = 1 << 18;
  // per slot: the word's hash, its value, where its characters start in chars (-1 when empty), and
  // how many
  private int[] slots;
  private char[] chars;
  private int used;
  private int size;

  WordRoles() {
    reset();
  }

  private void reset() {
    slots = new int[4 * INITIAL];
    for (int s = 0; s < INITIAL; s++) {
      slots[4 * s + 2] = -1;
    }
    chars = new char[8 * INITIAL];
    used = 0;
    size = 0;
  }

  /** {@code f} of word {@code k} of {@code words}, computed the first time the word is met. */
  int of(PlainWords words, int k, ToIntFunction<String> f) {
    int hash = words.hash(k);
    int start = words.start(k);
    int length = words.length(k);
    char[] text = words.text();
    int mask = slots.length / 4 - 1;
    int slot = spread(hash) & mask;
    while (slots[4 * slot + 2] >= 0) {
      int at = 4 * slot;
      if (slots[at] == hash
          && slots[at + 3] == length
          && Arrays.equals(
              chars, slots[at + 2], slots[at + 2] + length, text, start, start + length)) {
        return slots[at + 1];
      }
      slot = (slot + 1) & mask;
    }
    int value = f.applyAsInt(words.word(k));
    if (size >= MOST) {
      reset();
    } else if (2 * (size + 1) <= slots.length / 4) {
      put(slot, hash, value, text, start, length);
      return value;
    } else {
      grow();
    }
    insert(hash, value, text, start, length);
    return value;
  }

  private void grow() {
    int[] old = slots;
    char[] oldChars = chars;
    slots = new int[2 * old.length];
    for (int s = 0; s < slots.length / 4; s++) {
      slots[4 * s + 2] = -1;
    }
    chars = new char[Math.max(oldChars.length, 16)];
    used = 0;
    size = 0;
    for (int at = 0; at < old.length; at += 4) {
      if (old[at + 2] >= 0) {
        insert(old[at], old[at + 1], oldChars, old[at + 2], old[at + 3]);
      }
    }
  }

  private void insert(int hash, int value, char[] text, int start, int length) {
    int mask = slots.length / 4 - 1;
    int slot = spread(hash) & mask;
    while (slots[4 * slot + 2] >= 0) {
      slot = (slot + 1) & mask;
    }
    put(slot, hash, value, text, start, length);
  }

  private void put(int slot, int hash, int value, char[] text, int start, int length) {
    if (used + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(2 * chars.length, used + length));
    }
    System.arraycopy(text, start, chars, used, length);
    int at = 4 * slot;
    slots[at] = hash;
    slots[at + 1] = value;
    slots[at + 2] = used;
    slots[at + 3] = length;
    used += length;
    size++;
  }

  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
