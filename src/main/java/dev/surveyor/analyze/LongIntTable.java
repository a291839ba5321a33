package dev.surveyor.analyze;

import java.util.Arrays;

/**
 * A reusable map of long keys to int values, the first value put for a key kept: an open-addressing
 * table with no boxing, cleared in time proportional to what it holds. One thread's scratch for a
 * paper's phrases ({@code RelatedReasons}), made for every paper.
 */
final class LongIntTable {
  private long[] keys = new long[1 << 11];
  private int[] values = new int[keys.length];
  private boolean[] used = new boolean[keys.length];
  private int[] slots =
      new int[keys.length / 2]; // the used slots, in the order of their keys' puts
  private int size;

  void clear() {
    for (int i = 0; i < size; i++) {
      used[slots[i]] = false;
    }
    size = 0;
  }

  /** Puts {@code value} for {@code key} unless the key has a value already. */
  void putIfAbsent(long key, int value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int slot = find(key);
    if (!used[slot]) {
      used[slot] = true;
      keys[slot] = key;
      values[slot] = value;
      slots[size++] = slot;
    }
  }

  /** The value of a key put before. */
  int get(long key) {
    int slot = find(key);
    if (!used[slot]) {
      throw new IllegalArgumentException("no value for " + key);
    }
    return values[slot];
  }

  /** The keys, in the order they were first put. */
  long[] keys() {
    long[] all = new long[size];
    for (int i = 0; i < size; i++) {
      all[i] = keys[slots[i]];
    }
    return all;
  }

  private int find(long key) {
    int mask = keys.length - 1;
    long h = key * 0x9E3779B97F4A7C15L;
    int slot = (int) (h ^ (h >>> 32)) & mask;
    while (used[slot] && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    int[] oldSlots = Arrays.copyOf(slots, size);
    int count = size;
    keys = new long[2 * oldKeys.length];
    values = new int[keys.length];
    used = new boolean[keys.length];
    slots = new int[keys.length / 2];
    size = 0;
    for (int i = 0; i < count; i++) {
      putIfAbsent(oldKeys[oldSlots[i]], oldValues[oldSlots[i]]);
    }
  }
}
