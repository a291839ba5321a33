package dev.surveyor.text;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A function word the capture glued to the name after it, parted again: "the advancements embodied
 * byFLAN-MOE" reads "by FLAN-MOE", "the few-shot performance ofLLMs" reads "of LLMs". Mended when
 * the word is one no name starts with and the name is an acronym (two capitals: "byFLAN",
 * "whileGPT", "thatLMCor"), or, after a function word of four letters or more, any capitalised word
 * ("thatVertAttack", "throughRetrieval"). Names whose lowercase start is part of them ("mBERT",
 * "kNN", "spBLEU", "myXNLI", "byT5") and words that mark an acronym's letters ("Text aNd Topology",
 * "HiEraRchical forMulet") stay; the shorter function words ("in", "to", "of" before "Nature") are
 * left to {@link Leftovers}, which lists them for the curator. Sentences glued at a full stop
 * ("languages.To begin") are parted too ({@link #sentencesParted}).
 */
final class GluedWords {
  /** Function words that start no name; the shorter ones are parted before an acronym only. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "by", "of", "for", "and", "the", "with", "from", "that", "this", "these", "those",
          "while", "than", "via", "into", "through", "across", "between", "within", "without",
          "whereas", "which", "where", "when", "using", "among", "versus");

  /** The words this pattern may part: a function word, then a capital (an acronym or a name). */
  private static final Pattern GLUED =
      Pattern.compile("(?<![\\w/.@#'\u2019-])(\\p{Ll}{2,7})(?=\\p{Lu}(\\p{Lu}|\\p{Ll}))");

  private static final int LONG_WORD = 4;

  private GluedWords() {}

  /**
   * The text with each function word glued to a name parted from it, and each sentence glued to the
   * one before ({@link #sentencesParted}); the text itself if none.
   */
  static String mended(String text) {
    return wordsParted(sentencesParted(text));
  }

  /**
   * The text with a space after each full stop that glued two sentences: "reasoning models in
   * natural languages.To begin, we ..." reads "languages. To begin". A stop is taken for a
   * sentence's end between a whole lowercase word of three letters or more and a capitalised word
   * followed by a space or a comma, colon, semicolon or hyphen: not in a web address or file name
   * ("github.com/Org"), after a figure ("Qwen2.5.Instruct", "v1.2.Beta") or a capital ("U.S.The"),
   * in "e.g.The" (one letter), nor before a call or a path ("torch.Tensor(", "a.Foo.bar").
   */
  static String sentencesParted(String text) {
    StringBuilder out = null;
    int copied = 0;
    for (int k = text.indexOf('.'); k >= 0; k = text.indexOf('.', k + 1)) {
      if (!sentenceEnds(text, k)) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 8);
      }
      out.append(text, copied, k + 1).append(' ');
      copied = k + 1;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** How many lowercase letters at least the word before a glued stop has: "etc", not "al". */
  private static final int SHORTEST_WORD_BEFORE = 3;

  /** Whether the full stop at {@code k} ends a sentence glued to the next. */
  private static boolean sentenceEnds(String text, int k) {
    int n = text.length();
    if (k + 2 >= n || !isAsciiUpper(text.charAt(k + 1)) || !isAsciiLower(text.charAt(k + 2))) {
      return false;
    }
    int start = k;
    while (start > 0 && isAsciiLower(text.charAt(start - 1))) {
      start--;
    }
    if (k - start < SHORTEST_WORD_BEFORE
        || start > 0 && "/.@#'\u2019-_".indexOf(text.charAt(start - 1)) >= 0
        || start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
      return false;
    }
    int end = k + 2;
    while (end < n && isAsciiLower(text.charAt(end))) {
      end++;
    }
    return (end == n || " ,:;-".indexOf(text.charAt(end)) >= 0)
        && !WebAddresses.around(text, k, k + 1);
  }

  private static boolean isAsciiLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** The text with each function word glued to a name parted from it; the text itself if none. */
  static String wordsParted(String text) {
    if (!mayBeGlued(text)) {
      return text;
    }
    return SpacesAfter.inserted(
        text,
        GLUED,
        m -> {
          String word = m.group(1);
          boolean acronym = Character.isUpperCase(m.group(2).charAt(0));
          return FUNCTION_WORDS.contains(word)
              && (acronym || word.length() >= LONG_WORD)
              && !WebAddresses.around(text, m.start(), m.end())
              && !identifier(text, m.end());
        });
  }

  /** Whether the name from {@code at} is called like code ("fromJSON(") rather than named. */
  private static boolean identifier(String text, int at) {
    int end = at;
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return end < text.length() && text.charAt(end) == '(';
  }

  /**
   * Whether a capital follows a run of lowercase letters that is one of the function words: the
   * pattern's own condition, short of what comes before the run. Most texts have lowercase-capital
   * pairs inside names (LoRA, DeepSeek), so a bare pair would let the pattern run on nearly all.
   */
  private static boolean mayBeGlued(String text) {
    char[] chars = text.toCharArray(); // read once: charAt on a text beyond Latin-1 cost 3x more
    for (int i = 1; i < chars.length; i++) {
      char c = chars[i];
      if ((c >= 'A' && c <= 'Z' || c >= 0x80 && Character.isUpperCase(c))
          && chars[i - 1] >= 'a'
          && chars[i - 1] <= 'z') {
        int start = i - 1;
        while (start > 0 && chars[start - 1] >= 'a' && chars[start - 1] <= 'z') {
          start--;
        }
        if (i - start >= 2 && FUNCTION_WORDS.contains(text.substring(start, i))) {
          return true;
        }
      }
    }
    return false;
  }
}
