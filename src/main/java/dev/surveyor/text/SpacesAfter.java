package dev.surveyor.text;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A space put after each match of a pattern that a test accepts, the rest of the text as it was:
 * the shape of the repairers that part words the capture glued together.
 */
final class SpacesAfter {
  private SpacesAfter() {}

  /** The text with a space after each accepted match; the text itself when none is accepted. */
  static String inserted(String text, Pattern pattern, Predicate<Matcher> accepted) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = null;
    int copied = 0;
    while (m.find()) {
      if (!accepted.test(m)) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 4);
      }
      out.append(text, copied, m.end()).append(' ');
      copied = m.end();
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }
}
