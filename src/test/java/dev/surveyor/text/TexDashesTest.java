package dev.surveyor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-read dashes print exactly what the two patterns they replace printed (the patterns kept
 * here as the rule's statement), on random texts made of the characters the rule looks at, and on
 * the real abstracts' cases.
 */
class TexDashesTest {
  private static final Pattern EM_DASH = Pattern.compile("(?<=[^\\s-])( ?)---( ?)(?=[^\\s->])");

  private static final Pattern EN_DASH =
      Pattern.compile(
          "(?<=[^\\s-]) -- (?=[^\\s->])|(?<=[\\p{L}\\p{N}\"\u201D'\u2019)%])--(?=[\\p{L}\\p{N}\"\u201C(])");

  /** The rule as the patterns state it: em dashes first, then en dashes, never in an address. */
  private static String byPatterns(String text) {
    String s =
        EM_DASH
            .matcher(text)
            .replaceAll(
                m ->
                    WebAddresses.around(text, m.start(), m.end())
                        ? m.group()
                        : m.group(1).isEmpty() && m.group(2).isEmpty() ? "\u2014" : " \u2014 ");
    return EN_DASH
        .matcher(s)
        .replaceAll(
            m ->
                WebAddresses.around(s, m.start(), m.end())
                    ? m.group()
                    : m.group().startsWith(" ") ? " \u2013 " : "\u2013");
  }

  @Property(tries = 20_000, seed = "20261206", edgeCases = EdgeCasesMode.MIXIN)
  void printsWhatThePatternsPrint(@ForAll("texts") String text) {
    assertEquals(byPatterns(text), TexDashes.read(text), text);
  }

  /** Hyphen runs among the characters either side of a dash the rule tells apart. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "-",
            "-",
            "-",
            "--",
            "---",
            " ",
            " ",
            "a",
            "Z",
            "7",
            "\u00BD",
            ">",
            "\"",
            "\u201C",
            "\u201D",
            "'",
            "\u2019",
            "(",
            ")",
            "%",
            "\t",
            "\n",
            "\u00A0",
            ".",
            "://",
            "www.",
            "/",
            "\uD835\uDC00",
            "\uD801",
            "\uDC01",
            "\u2160");
    return piece.list().ofMaxSize(24).map(list -> String.join("", list));
  }

  @Example
  void readsTheRealCases() {
    String[][] cases = {
      {
        "Better Reasoning -- Rethinking French LLM", "Better Reasoning \u2013 Rethinking French LLM"
      },
      {"\"aha moment\" patterns--where", "\"aha moment\" patterns\u2013where"},
      {"a relative gain of 3--19% on", "a relative gain of 3\u201319% on"},
      {"semantic fragments---systematically", "semantic fragments\u2014systematically"},
      {"of information ---the \"blackboard\"", "of information \u2014 the \"blackboard\""},
      {"the teacher-->student feedback loop", "the teacher-->student feedback loop"},
      {"run it with --max-steps 10 -- or fewer", "run it with --max-steps 10 \u2013 or fewer"},
      {"see https://example.org/a--b for details", "see https://example.org/a--b for details"},
      {"no dash here - at all", "no dash here - at all"},
    };
    for (String[] c : cases) {
      assertEquals(c[1], TexDashes.read(c[0]), c[0]);
      assertEquals(byPatterns(c[0]), TexDashes.read(c[0]), c[0]);
    }
  }
}
