package dev.surveyor.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written check of output paths agrees with the rule as a regular expression. */
class SiteWriterPathTest {
  /** The rule as it was written before: no empty, "." or ".." segment, no other characters. */
  private static final Pattern RULE =
      Pattern.compile("(?!\\.{1,2}(?:/|$))[A-Za-z0-9._-]+(/(?!\\.{1,2}(?:/|$))[A-Za-z0-9._-]+)*");

  @Test
  void agreesWithTheRuleOnEveryShortPath() {
    List<String> paths = new ArrayList<>(List.of(""));
    char[] alphabet = {'a', 'Z', '7', '.', '/', '-', '_', ' ', '\\', 'é', ':', '%'};
    for (int length = 1, from = 0; length <= 4; length++) {
      int to = paths.size();
      for (int i = from; i < to; i++) {
        for (char c : alphabet) {
          paths.add(paths.get(i) + c);
        }
      }
      from = to;
    }
    int plain = 0;
    for (String path : paths) {
      boolean expected = RULE.matcher(path).matches() && !path.contains("..");
      assertEquals(expected, SiteWriter.isPlain(path), '"' + path + '"');
      plain += expected ? 1 : 0;
    }
    assertTrue(plain > 1000, "the alphabet makes plain paths too: " + plain);
  }

  @Test
  void refusesWhatCouldLeaveTheSite() {
    for (String path :
        List.of("../x", "a/../b", "/etc/passwd", "a//b", "./a", "a/.", "a\\b", "a/b/", "..")) {
      assertFalse(SiteWriter.isPlain(path), path);
    }
    for (String path :
        List.of("index.html", "papers/a-b_c.html", ".well-known/x", "assets/x.min.js")) {
      assertTrue(SiteWriter.isPlain(path), path);
    }
  }
}
