package dev.surveyor.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

  private final List<String> spellings = new ArrayList<>(2);
  private final List<int[]> counts = new ArrayList<>(2);
  private Map<String, int[]> many;

  /** Counts the spelling written at [start, end) of {@code text}. */
  void add(String text, int start, int end) {
    int length = end - start;
    if (many == null) {
      for (int i = 0; i < spellings.size(); i++) {
        String known = spellings.get(i);
        if (known.length() == length && text.regionMatches(start, known, 0, length)) {
          counts.get(i)[0]++;
          return;
        }
      }
      spellings.add(text.substring(start, end));
      counts.add(new int[] {1});
      if (spellings.size() > LIST_LIMIT) {
        many = new HashMap<>();
        for (int i = 0; i < spellings.size(); i++) {
          many.put(spellings.get(i), counts.get(i));
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
    for (int i = 0; i < spellings.size(); i++) {
      action.accept(spellings.get(i), counts.get(i)[0]);
    }
  }
}
