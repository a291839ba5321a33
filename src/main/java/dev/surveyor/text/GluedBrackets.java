package dev.surveyor.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A prose word the capture glued to the bracket after it, parted again: "Task-oriented
 * Models(Flan-T5-XL/XXL, T0++)" reads "Models (Flan-T5-XL/XXL, T0++)", "state-of-art(SOTA)" reads
 * "state-of-art (SOTA)". Parted only where it is plainly prose: a word of letters, lowercase after
 * a possible capital ("Models", "recognition", the last word of "Fine-to-Coarse"), then a bracket
 * that closes, opening on a capitalised name of two characters or more. A call or a formula stays:
 * a single letter or a name in capitals or mixed case before the bracket ("f(x)", "O(n)",
 * "DKGF(W-I)", "fromJSON(Data)"), a figure ("GPT-4(o)"), a single capital or a lowercase word
 * inside it ("cause(A, B)", "language(s)"), a mathematical function ("softmax(QK)") or a
 * mathematical sign inside it ("attn(QK^T)"), and a web address.
 */
final class GluedBrackets {
  /** Before the bracket a prose word, whole (hyphenated parts of letters allowed); then a name. */
  private static final Pattern GLUED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_\\\\^$./@#-])((?:\\p{L}+-)*(?:\\p{Lu}\\p{Ll}+|\\p{Ll}{2,}))"
              + "(?=\\(\\p{Lu}[\\p{L}\\p{N}][^()]*\\))");

  /** Functions written before a bracket in formulas, whose argument may be capitalised. */
  private static final Set<String> MATH_FUNCTIONS =
      Set.of(
          "softmax", "argmax", "argmin", "max", "min", "log", "exp", "sigmoid", "tanh", "relu",
          "diag", "sign", "sgn", "sim", "dist", "len", "cos", "sin", "var", "det", "poly", "tr");

  /**
   * Signs that make the bracket's content a formula rather than a name, with the superscripts and
   * subscripts {@link LatexText} writes for a caret ("QKᵀ").
   */
  private static final Pattern MATH_SIGN =
      Pattern.compile("[\\^_=\\\\{}<>|*\\p{Lm}\u00B2\u00B3\u00B9\u2070-\u209F]");

  private GluedBrackets() {}

  /** The text with each prose word glued to its bracket parted from it; the text itself if none. */
  static String mended(String text) {
    if (!mayBeGlued(text)) {
      return text;
    }
    return SpacesAfter.inserted(
        text,
        GLUED,
        m -> {
          String word = m.group(1).substring(m.group(1).lastIndexOf('-') + 1);
          int close = text.indexOf(')', m.end());
          return !MATH_FUNCTIONS.contains(word.toLowerCase(Locale.ROOT))
              && !MATH_SIGN.matcher(text).region(m.end(), close).find()
              && !WebAddresses.around(text, m.start(), m.end());
        });
  }

  /**
   * Whether a lowercase letter is followed by an opening bracket and a capital: the pattern's own
   * core, true of few texts, so the pattern runs on those alone.
   */
  private static boolean mayBeGlued(String text) {
    for (int at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
      if (at > 0
          && at + 1 < text.length()
          && Character.isLowerCase(text.charAt(at - 1))
          && Character.isUpperCase(text.charAt(at + 1))) {
        return true;
      }
    }
    return false;
  }
}
