package dev.surveyor.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A word-bigram model of real text: each word is followed by a word that followed it in the real
 * titles or abstracts, as often as it did there. Generated text therefore carries the real
 * vocabulary, phrase frequencies ("chain-of-thought reasoning") and links, without copying a
 * record. Deterministic for a given {@link Random}.
 */
final class TextModel {
  private static final String END = "\u0000";

  private final Map<String, List<String>> next = new HashMap<>();
  private final List<String> starts = new ArrayList<>();
  private final int[] lengths;

  /** Learns from whole texts; each text's first word is a possible start, its end a stop. */
  TextModel(List<String> texts) {
    List<Integer> seen = new ArrayList<>();
    for (String text : texts) {
      String[] words = text.strip().split("\\s+");
      if (words.length == 0 || words[0].isEmpty()) {
        continue;
      }
      seen.add(words.length);
      starts.add(words[0]);
      for (int i = 0; i < words.length; i++) {
        String following = i + 1 < words.length ? words[i + 1] : END;
        next.computeIfAbsent(words[i], k -> new ArrayList<>()).add(following);
        if (words[i].endsWith(".") && i + 1 < words.length) {
          starts.add(words[i + 1]); // a sentence start, for restarting after a dead end
        }
      }
    }
    lengths = seen.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A text about as long as a real one picked at random, ending where a real text could end. */
  String generate(Random random) {
    int target = lengths[random.nextInt(lengths.length)];
    StringBuilder out = new StringBuilder();
    int words = 0;
    String word = starts.get(random.nextInt(starts.size()));
    while (true) {
      if (words > 0) {
        out.append(' ');
      }
      out.append(word);
      words++;
      List<String> options = next.get(word);
      String following = options == null ? END : options.get(random.nextInt(options.size()));
      if (following.equals(END)) {
        if (words >= target / 2) {
          return out.toString();
        }
        following = starts.get(random.nextInt(starts.size()));
      } else if (words >= target * 2) {
        return out.toString();
      }
      word = following;
    }
  }
}
