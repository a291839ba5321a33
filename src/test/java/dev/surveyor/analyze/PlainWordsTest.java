package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.model.Paper;
import dev.surveyor.support.RealSurvey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A paper's plain words as related papers' reasons read them, made in reused arrays, checked over
 * the real survey's papers against the rule written plainly: words lowercase, split at white space,
 * hyphens, slashes, apostrophes and points inside words; any other character, and a full stop, a
 * break.
 */
class PlainWordsTest {
  private static List<Paper> papers;

  @BeforeAll
  static void load() throws Exception {
    papers = RealSurvey.captured();
  }

  /** The plain words by the rule, a character at a time. */
  private static List<String> expected(Paper paper) {
    String text = paper.title() + ". " + paper.abstractText();
    StringBuilder plain = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean fullStop =
          c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
      if (Character.isLetterOrDigit(c)) {
        plain.append(Character.toLowerCase(c));
      } else if (!fullStop && (Character.isWhitespace(c) || "-–/'’.".indexOf(c) >= 0)) {
        plain.append(' ');
      } else {
        plain.append(" | ");
      }
    }
    return Arrays.stream(plain.toString().split(" ")).filter(w -> !w.isEmpty()).toList();
  }

  @Test
  void everyRealPapersWordsAreTheRulesWithTheirHashes() {
    PlainWords words = new PlainWords();
    for (int p = 0; p < papers.size(); p++) {
      List<String> expected = expected(papers.get(p));
      words.read(p, papers);
      assertEquals(expected, words.words(0, words.count()), papers.get(p).slug());
      for (int k = 0; k < words.count(); k++) {
        assertEquals(expected.get(k).hashCode(), words.hash(k));
      }
      String joined = " " + String.join(" ", expected) + " ";
      // every run of two and three words is found where it first stands, and nothing else is
      for (int k = 0; k + 3 <= expected.size(); k += 7) {
        List<String> run = expected.subList(k, k + 3);
        assertEquals(firstAt(expected, run), words.find(run));
        List<String> changed = List.of(run.get(0), run.get(1) + "x");
        assertEquals(
            joined.contains(" " + String.join(" ", changed) + " "), words.find(changed) >= 0);
      }
    }
  }

  private static int firstAt(List<String> words, List<String> run) {
    return java.util.Collections.indexOfSubList(words, run);
  }

  @Test
  void aWordsRolesAreMadeOncePerWordAndLookedUpInPlace() {
    PlainWords words = new PlainWords();
    WordRoles roles = new WordRoles();
    List<String> asked = new ArrayList<>();
    ToIntFunction<String> length =
        word -> {
          asked.add(word);
          return word.length() * 31 + word.charAt(0);
        };
    int read = 0;
    for (int p = 0; p < papers.size(); p++) {
      words.read(p, papers);
      for (int k = 0; k < words.count(); k++) {
        String word = words.word(k);
        assertEquals(word.length() * 31 + word.charAt(0), roles.of(words, k, length));
        read++;
      }
    }
    // thousands of distinct words: the table grew several times and forgot none
    assertEquals(asked.stream().distinct().count(), asked.size());
    assertTrue(asked.size() > 4096 && asked.size() < read, asked.size() + " of " + read);
  }

  @Test
  void aTableKeepsTheFirstValuePutAndItsKeysInOrder() {
    LongIntTable table = new LongIntTable();
    Random random = new Random(7);
    for (int round = 0; round < 3; round++) {
      table.clear();
      long[] keys = random.longs(5000).toArray();
      for (int i = 0; i < keys.length; i++) {
        table.putIfAbsent(keys[i], i);
        table.putIfAbsent(keys[i], -1); // a later value for the same key is ignored
      }
      assertTrue(Arrays.equals(keys, table.keys()));
      for (int i = 0; i < keys.length; i++) {
        assertEquals(i, table.get(keys[i]));
      }
    }
  }
}
