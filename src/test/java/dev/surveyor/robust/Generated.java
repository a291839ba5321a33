package dev.surveyor.robust;

import dev.surveyor.robust.ListingWriter.Meta;
import dev.surveyor.robust.ListingWriter.Rec;
import java.util.Random;
import java.util.StringJoiner;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random records shaped like the captured ones: short titles and long abstracts made of ordinary
 * words mixed with hostile and unusual text (markup, template syntax, bidi and zero-width
 * characters, astral code points, LaTeX, URLs), and the metadata listings print.
 */
final class Generated {
  /** Words a title or abstract may contain; hostile and unusual ones are deliberately common. */
  static final String[] WORDS = {
    "Reasoning",
    "large",
    "language",
    "models",
    "LoRA",
    "fine-tuning",
    "Chain-of-Thought",
    "via",
    "with",
    "of",
    "the",
    "a",
    "RL",
    "GSM8K",
    "LLMs",
    "instruction",
    "curriculum",
    "adapters",
    "7B",
    "π^{*}_{0.6}:",
    "Med-R^3:",
    "Café",
    "naïve",
    "中文标题",
    "😀",
    "x²",
    "≥",
    "—",
    "&amp;",
    "&",
    "<",
    "<script>alert(1)</script>",
    "\"><img",
    "src=x",
    "onerror=alert(1)>",
    "javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "${user.home}",
    "<#assign x=1>",
    "{{7*7}}",
    "[x](javascript:y)",
    "**bold**",
    "<b>",
    "\u202Egnp.exe",
    "zero\u200Bwidth",
    "\u200D",
    "x\uFEFFbom",
    "Mar",
    "May",
    "authors",
    "•",
    "·",
    "new",
    "https://github.com/x/y",
    "https: //github.com/a/b.",
    "\\url{https://x.org}",
    "www.example.org/p?q=1&r=2",
    "(see",
    "Table",
    "1)",
    "Q&A",
    "'quoted'",
    "\"double\"",
    "C:\\temp",
    "../../etc/passwd",
    "%00",
    "\t"
  };

  private Generated() {}

  /**
   * One word: a listed one, lowercase letters, or Latin-1/Latin Extended letters. Built from a
   * plain {@link Random}, so long texts are cheap to generate (they shrink as a whole).
   */
  static String word(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> WORDS[random.nextInt(WORDS.length)];
      case 1 -> letters(random, 'a', 'z', 1 + random.nextInt(12));
      default -> letters(random, '\u00a1', '\u024f', 1 + random.nextInt(6));
    };
  }

  private static String letters(Random random, char from, char to, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append((char) (from + random.nextInt(to - from + 1)));
    }
    return out.toString();
  }

  private static String words(Random random, int min, int max, boolean tabs) {
    StringJoiner text = new StringJoiner(" ");
    int count = min + random.nextInt(max - min + 1);
    while (count > 0) {
      String word = word(random);
      if (tabs || !word.equals("\t")) {
        text.add(word);
        count--;
      }
    }
    return text.toString();
  }

  /** A title: 1 to 14 words, never looking like an abstract, metadata or page chrome. */
  static Arbitrary<String> title() {
    return Arbitraries.randomValue(random -> words(random, 1, 14, false))
        .filter(Generated::plainTitle);
  }

  /** The few titles a listing cannot tell from chrome or metadata, which no generator may make. */
  private static boolean plainTitle(String title) {
    return title.length() <= 150
        && !title.strip().isEmpty()
        && title.equals(title.strip())
        && !title.startsWith("Subscribe")
        && !title.matches("new|•.*|·|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d.*");
  }

  /** An abstract: long enough to be one, single spaces except for a tab now and then. */
  static Arbitrary<String> abstractText() {
    return Arbitraries.randomValue(random -> words(random, 45, 160, true).strip())
        .filter(text -> text.length() >= 260);
  }

  static Arbitrary<Meta> meta() {
    Arbitrary<String> date =
        Combinators.combine(
                Arbitraries.of(
                    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                    "Dec"),
                Arbitraries.integers().between(1, 31),
                Arbitraries.integers().between(2015, 2026).injectNull(0.6))
            .as((m, d, y) -> m + " " + d + (y == null ? "" : ", " + y));
    Arbitrary<String> handle =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .numeric()
            .withChars('-')
            .ofMinLength(2)
            .ofMaxLength(12)
            .filter(h -> Character.isLetter(h.charAt(0)));
    Arbitrary<String> orgName = Arbitraries.randomValue(random -> words(random, 1, 4, false));
    return Arbitraries.integers()
        .between(0, 3)
        .flatMap(
            kind ->
                switch (kind) {
                  case 0 -> Arbitraries.just(Meta.NONE);
                  case 1 ->
                      Combinators.combine(
                              Arbitraries.integers().between(1, 9999),
                              date.injectNull(0.2),
                              Arbitraries.integers().between(0, 9_999_999).injectNull(0.5))
                          .as((a, d, u) -> new Meta(a, null, null, d, d == null ? null : u));
                  case 2 ->
                      Combinators.combine(
                              handle,
                              orgName,
                              date.injectNull(0.2),
                              Arbitraries.integers().between(0, 999).injectNull(0.5))
                          .as((h, n, d, u) -> new Meta(null, h, n, d, d == null ? null : u));
                  default ->
                      Combinators.combine(
                              date, Arbitraries.integers().between(0, 99).injectNull(0.5))
                          .as((d, u) -> new Meta(null, null, null, d, u));
                });
  }

  static Arbitrary<Rec> record() {
    return Combinators.combine(title(), abstractText(), meta()).as(Rec::new);
  }
}
