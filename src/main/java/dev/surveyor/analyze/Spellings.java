package dev.surveyor.analyze;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ObjIntConsumer;

/**
 * How often each spelling of one term was written ("Reasoning", "reasoning"). A term has a few
 * spellings, so a written one is found by comparing it in place in the text, without copying it out
 * for every token; past {@link #LIST_LIMIT} spellings (hostile text) a map takes over. One
 * thread's.
 */
final class Spellings {
  private static final int LIST_LIMIT = 16;

  // in arrays, not lists: counting runs for every token of every paper, and each list's element
  // array and boxed count were two more reads from memory per comparison
  private String[] spellings = new String[2];
  private int[] counts = new int[2];
  private int size;
  private Map<String, int[]> many;

  /** Counts the spelling written at [start, end) of {@code text}. */
  void add(String text, int start, int end) {
    int length = end - start;
    if (many == null) {
      for (int i = 0; i < size; i++) {
        String known = spellings[i];
        if (known.length() == length && text.regionMatches(start, known, 0, length)) {
          counts[i]++;
          return;
        }
      }
      if (size == spellings.length) {
        spellings = Arrays.copyOf(spellings, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
      }
      spellings[size] = text.substring(start, end);
      counts[size++] = 1;
      if (size > LIST_LIMIT) {
        many = new HashMap<>();
        for (int i = 0; i < size; i++) {
          many.put(spellings[i], new int[] {counts[i]});
        }
      }
      return;
    }
    many.computeIfAbsent(text.substring(start, end), s -> new int[1])[0]++;
  }

  /** Each spelling with its count. */
  void forEach(ObjIntConsumer<String> action) {
    if (many != null) {
      many.forEach((spelling, n) -> action.accept(spelling, n[0]));
      return;
    }
    for (int i = 0; i < size; i++) {
      action.accept(spellings[i], counts[i]);
    }
  }
}
