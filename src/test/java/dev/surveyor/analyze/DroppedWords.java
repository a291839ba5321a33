package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a summary rule that only drops words may do: leave the text less words of one set. */
final class DroppedWords {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'-]+");

  private DroppedWords() {}

  /** {@code after} is {@code before} less words of {@code droppable}, read without case. */
  static void assertOnlyDropped(Set<String> droppable, String before, String after) {
    List<String> was = words(before);
    List<String> is = words(after);
    int at = 0;
    for (String word : was) {
      if (at < is.size() && is.get(at).equals(word)) {
        at++;
      } else {
        assertTrue(
            droppable.contains(word), "dropped \"" + word + "\": " + before + " -> " + after);
      }
    }
    assertEquals(is.size(), at, before + " -> " + after);
  }

  /** The text's words in lower case, "a" and "an" read as one (a dropped adjective turns one). */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      String w = word.group().toLowerCase(Locale.ROOT);
      words.add(w.equals("an") ? "a" : w);
    }
    return words;
  }
}
