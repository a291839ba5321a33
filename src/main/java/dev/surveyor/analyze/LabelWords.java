package dev.surveyor.analyze;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;

/**
 * Which words may name something to a reader: a sub-topic's label, a theme's characteristic terms,
 * what two related papers share. A word can weigh in a paper's vector and still name nothing
 * ("between", "therefore", "https"): those count for similarity but are not shown. The analyzer
 * keeps them, as cues are matched on its full output.
 */
final class LabelWords {
  /** Snowball's English function words (about 170: "between", "other", "should"), from Lucene. */
  private static final CharArraySet FUNCTION_WORDS = snowballEnglish();

  /**
   * What Snowball lacks: the connective and reporting words of abstracts, address pieces, prefixes.
   */
  private static final Set<String> FILLER =
      Set.of(
          "also",
          "however",
          "therefore",
          "thus",
          "hence",
          "moreover",
          "furthermore",
          "may",
          "might",
          "can",
          "will",
          "shall",
          "via",
          "using",
          "use",
          "used",
          "uses",
          "based",
          "propose",
          "proposed",
          "proposes",
          "present",
          "presents",
          "presented",
          "show",
          "shows",
          "shown",
          "demonstrate",
          "demonstrates",
          // a title's reporting verb ("Unveiling the Secret Recipe"), once shown as a group's term
          "unveil",
          "unveils",
          "unveiled",
          "unveiling",
          "paper",
          "work",
          "works",
          "approach",
          "approaches",
          "method",
          "methods",
          "result",
          "results",
          "new",
          "novel",
          "different",
          "various",
          "several",
          "many",
          "much",
          "less",
          "often",
          "well",
          "even",
          "yet",
          "still",
          "among",
          "within",
          "without",
          "whether",
          "whose",
          "due",
          "including",
          "include",
          "includes",
          "existing",
          "recent",
          "recently",
          "first",
          "second",
          "one",
          "two",
          "three",
          "compared",
          "observe",
          "beyond",
          "additionally",
          "specifically",
          "particularly",
          "notably",
          "finally",
          "overall",
          "respectively",
          "significantly",
          "effectively",
          "simply",
          "directly",
          "widely",
          "largely",
          "e.g",
          "i.e",
          "et",
          "al",
          "http",
          "https",
          "www",
          "com",
          "org",
          "github",
          // the praise and hedging of abstracts: true of most papers, so they name none
          "better",
          "best",
          "low",
          "lower",
          "high",
          "higher",
          "key",
          "essential",
          "important",
          "crucial",
          "strong",
          "stronger",
          "wide",
          "reliably",
          "remain",
          "remains",
          "increase",
          "increases",
          "require",
          "requires",
          "significant",
          "comprehensive",
          "extensive",
          "indicate",
          "indicates",
          "suggest",
          "suggests",
          "achieve",
          "achieves",
          "improve",
          "improves",
          "improved",
          "improving",
          "enhance",
          "enhances",
          "enhancing",
          "outperform",
          "outperforms",
          "across",
          "state",
          "art",
          "able",
          "potential",
          "advanced",
          "complex",
          "challenging",
          "effectiveness",
          "standard",
          "inherent",
          "accuracy",
          "baselines",
          "scenarios",
          "intelligence",
          "called",
          "derived",
          "effective",
          "efficient",
          "aspect",
          "aspects",
          "generally",
          "rely",
          "relies",
          "namely",
          "form",
          "zero",
          "future",
          "case",
          "forward",
          // prefixes the tokenizer cuts from a hyphenated word ("pre-trained")
          "pre",
          "post",
          "non",
          "sub",
          "semi",
          "anti",
          // ... and the piece left of "fine-tuning" or "fine-grained", which alone means neither
          "fine");

  /**
   * Words a title phrase must not start or end on: they say what kind of thing a paper studies in
   * this field (models, capabilities), not which ("models a survey", "reasoning in large").
   */
  private static final Set<String> TITLE_FILLER =
      Set.of(
          "models",
          "model",
          "llm",
          "llms",
          "large",
          "language",
          "part",
          "capability",
          "capabilities",
          "ability",
          "abilities",
          "power",
          "towards",
          "toward",
          "rethinking",
          "unlocking",
          "boosting",
          "empowering",
          "harnessing");

  private LabelWords() {}

  /** The first halves of hyphenated words, which name nothing alone but start a phrase well. */
  private static final Set<String> PREFIXES =
      Set.of(
          "zero", "few", "multi", "self", "cross", "long", "low", "high", "fine", "pre", "post",
          "non");

  /** A model's size: "7b", "1.5b", "175m" (compiled once: names are checked per phrase read). */
  private static final Pattern SIZE = Pattern.compile("[0-9]+(\\.[0-9]+)?[kmbt]");

  /** Whether a title phrase may end on {@code word} (lowercase). */
  static boolean phraseEnd(String word) {
    return nameable(word) && !TITLE_FILLER.contains(word);
  }

  /** Whether a title phrase may start on {@code word} (lowercase): "zero-shot", "low-rank" too. */
  static boolean phraseStart(String word) {
    return phraseEnd(word) || PREFIXES.contains(word);
  }

  /** Whether {@code word} (lowercase) is a function word ("of", "for", "in"). */
  static boolean functionWord(String word) {
    return FUNCTION_WORDS.contains(word);
  }

  /** Whether {@code word} (as readers wrote it) may be shown as a name. */
  static boolean nameable(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    // A short word names something only as an acronym ("RL", "QA"), never "do".
    boolean shortWord = lower.length() < 3 && word.equals(lower);
    // A model's size ("7B", "1.5B", "175M") says how large, not what about.
    boolean size = !lower.isEmpty() && isDigit(lower.charAt(0)) && SIZE.matcher(lower).matches();
    if (shortWord || size || FILLER.contains(lower) || FUNCTION_WORDS.contains(lower)) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      boolean dotWord =
          c == '.' && i + 1 < lower.length() && Character.isLetter(lower.charAt(i + 1));
      if (dotWord || c == '/' || c == ':' || c == '@') {
        return false; // a piece of an address ("github.com"), not a version ("qwen2.5")
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static CharArraySet snowballEnglish() {
    try (Reader reader =
        IOUtils.getDecodingReader(
            SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8)) {
      return WordlistLoader.getSnowballWordSet(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene's English stop word list is missing from its jar", e);
    }
  }
}
