package dev.surveyor.text;

/**
 * TeX's dashes typed as hyphens: "---" prints an em dash, "--" an en dash. A dash set between
 * spaces ("Better Reasoning -- Rethinking") keeps them, one between words or figures ("3--19%",
 * "teacher--student") stays unspaced, as TeX prints it. An arrow ("-->") and a command-line option
 * ("--flag", after a space) are not dashes, nor is anything inside a web address.
 *
 * <p>Read by hand at each run of hyphens rather than by patterns with look-behinds, which a regular
 * expression engine tries at every character: one abstract in six holds a "--" somewhere, and at
 * 100,000 papers the patterns cost 7.6 s of CPU. The rules are the ones these patterns state (the
 * test holds them side by side): em {@code (?<=[^\s-])( ?)---( ?)(?=[^\s->])}, then en {@code
 * (?<=[^\s-]) -- (?=[^\s->])|(?<=[\p{L}\p{N}"”'’)%])--(?=[\p{L}\p{N}"“(])}.
 */
final class TexDashes {
  private TexDashes() {}

  /** The text with its TeX dashes printed; the text itself when it holds none. */
  static String read(String text) {
    return en(em(text));
  }

  private static String em(String text) {
    int k = text.indexOf("---");
    if (k < 0) {
      return text;
    }
    StringBuilder out = null;
    int from = 0; // where the next match may start, as the matcher's search position
    int copied = 0;
    int n = text.length();
    while (k >= 0) {
      boolean spaceBefore = k - 1 >= from && text.charAt(k - 1) == ' ';
      int start = spaceBefore ? k - 1 : k;
      int after = k + 3;
      int end = -1;
      boolean spaceAfter = false;
      if (start > 0 && notSpaceOrHyphen(text.charAt(start - 1))) {
        if (after < n && text.charAt(after) == ' ') {
          if (after + 1 < n && dashMayPrecede(text.charAt(after + 1))) {
            end = after + 1;
            spaceAfter = true;
          }
        } else if (after < n && dashMayPrecede(text.charAt(after))) {
          end = after;
        }
      }
      if (end < 0) {
        k = text.indexOf("---", k + 1);
        continue;
      }
      if (!WebAddresses.around(text, start, end)) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(text, copied, start).append(spaceBefore || spaceAfter ? " \u2014 " : "\u2014");
        copied = end;
      }
      from = end;
      k = text.indexOf("---", end);
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  private static String en(String text) {
    int k = text.indexOf("--");
    if (k < 0) {
      return text;
    }
    StringBuilder out = null;
    int from = 0;
    int copied = 0;
    int n = text.length();
    while (k >= 0) {
      int start = -1;
      int end = -1;
      boolean spaced = false;
      // " -- " between words, tried where the matcher would first: at the space before
      if (k - 1 >= from
          && text.charAt(k - 1) == ' '
          && k - 2 >= 0
          && notSpaceOrHyphen(text.charAt(k - 2))
          && k + 3 < n
          && text.charAt(k + 2) == ' '
          && dashMayPrecede(text.charAt(k + 3))) {
        start = k - 1;
        end = k + 3;
        spaced = true;
      } else if (k > 0
          && enFollows(text.charAt(k - 1))
          && k + 2 < n
          && enPrecedes(text.codePointAt(k + 2))) {
        start = k;
        end = k + 2;
      }
      if (start < 0) {
        k = text.indexOf("--", k + 1);
        continue;
      }
      if (!WebAddresses.around(text, start, end)) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(text, copied, start).append(spaced ? " \u2013 " : "\u2013");
        copied = end;
      }
      from = end;
      k = text.indexOf("--", end);
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  /** The regular expressions' {@code \s}: ASCII white space only. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean notSpaceOrHyphen(char c) {
    return !isSpace(c) && c != '-';
  }

  /** What may follow a dash: not a space, another hyphen or an arrow's head. */
  private static boolean dashMayPrecede(char c) {
    return notSpaceOrHyphen(c) && c != '>';
  }

  /** What an unspaced en dash may follow: a letter, figure, closing quote or bracket, or %. */
  private static boolean enFollows(char c) {
    return letterOrNumber(c)
        || c == '"'
        || c == '\u201D'
        || c == '\''
        || c == '\u2019'
        || c == ')'
        || c == '%';
  }

  /** What an unspaced en dash may precede: a letter, figure, opening quote or bracket. */
  private static boolean enPrecedes(int codePoint) {
    return letterOrNumber(codePoint)
        || codePoint == '"'
        || codePoint == '\u201C'
        || codePoint == '(';
  }

  /** Unicode's letters and numbers, as {@code \p{L}} and {@code \p{N}}. */
  private static boolean letterOrNumber(int codePoint) {
    if (Character.isLetter(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
