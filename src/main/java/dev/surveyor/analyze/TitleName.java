package dev.surveyor.analyze;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The coined name a title opens on before its colon ("DeCRIM: ...", "CoT-Valve: ..."): the name of
 * what the paper puts forward, which a list summary should say (issue 22, summ22: a fresh reader
 * found DeCRIM's summary naming only its benchmark). Only one word that reads as coined counts: an
 * inner capital ("EpiCoder", "MinT"), a digit ("UL2"), or capitals only ("LIMIT"); "Beyond
 * Accuracy" or "Echo Chamber" name no method. Or the last word before the colon after "with",
 * "via", ..., a capital inside it.
 */
final class TitleName {
  private static final Pattern OPENING = Pattern.compile("^([A-Za-z][\\w+²³-]*[\\w+²³])\\s*:");

  /** Coined: a capital after the first letter, or a digit. */
  private static final Pattern COINED = Pattern.compile("^.[^A-Z0-9]*[A-Z0-9].*");

  /**
   * A name the words before the colon end on, after what it is done with ("LLM Self-Correction with
   * DeCRIM: ..."): here only a word with a capital after a small letter counts, as "LLMs" or
   * "Chain-of-Thought" would be the field's.
   */
  private static final Pattern CLOSING =
      Pattern.compile("^[^:]*\\s(?:with|via|using|through|by)\\s([A-Za-z][\\w+-]*[\\w+])\\s*:");

  private static final Pattern CAMEL = Pattern.compile("[a-z][A-Z]");

  /**
   * Of a hyphenated name, a coined head this long at least names it too ("DART" of "DART-Math").
   */
  private static final int LEAST_HEAD = 4;

  private TitleName() {}

  /** The coined name the title opens on, if it opens on one. */
  static Optional<String> of(String title) {
    var opening = OPENING.matcher(title.strip());
    if (opening.find()) {
      return Optional.of(opening.group(1)).filter(name -> COINED.matcher(name).matches());
    }
    var closing = CLOSING.matcher(title.strip());
    if (closing.find()) {
      return Optional.of(closing.group(1)).filter(name -> CAMEL.matcher(name).find());
    }
    return Optional.empty();
  }

  /** Whether the text says the name, or the head of a hyphenated one, as a word of its own. */
  static boolean named(String text, String name) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (saysWord(lower, name.toLowerCase(Locale.ROOT))) {
      return true;
    }
    // a head that is a word of its own ("Flow" of "Flow-DPO") names nothing
    int hyphen = name.indexOf('-');
    return hyphen >= LEAST_HEAD
        && COINED.matcher(name.substring(0, hyphen)).matches()
        && saysWord(lower, name.substring(0, hyphen).toLowerCase(Locale.ROOT));
  }

  /** Whether the title opens on a coined name the text never says. */
  static boolean missed(String text, String title) {
    return of(title).filter(name -> !named(text, name)).isPresent();
  }

  /**
   * Whether the lowercase text says the word with no word character ({@code \\w}) right before it
   * and no letter or digit right after ("DeCRIM-based" says DeCRIM). Read by hand: a pattern made
   * of the word would be compiled for every sentence tried (perf20 took those out).
   */
  private static boolean saysWord(String lower, String word) {
    for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      int after = at + word.length();
      boolean openedAlone = at == 0 || !isWordChar(lower.charAt(at - 1));
      boolean endsThere = after == lower.length() || !isLowerLetterOrDigit(lower.charAt(after));
      if (openedAlone && endsThere) {
        return true;
      }
    }
    return false;
  }

  /** {@code \\w} as Java's patterns read it without flags: ASCII letters, digits and '_'. */
  private static boolean isWordChar(char c) {
    return c == '_' || isLowerLetterOrDigit(c) || (c >= 'A' && c <= 'Z');
  }

  private static boolean isLowerLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
