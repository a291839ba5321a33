package dev.surveyor.text;

import java.util.regex.Pattern;

/**
 * Markdown's strong emphasis in captured text, read as the words it marks: "we introduce
 * **Med-R^3**, a **Med**ical **R**etrieval framework" reads "we introduce Med-R^3, a Medical
 * Retrieval framework". Abstracts are shown as text, so the marks would otherwise show.
 */
final class EmphasisMarks {
  // Opening marks not inside a word ("2**10" is arithmetic), words on both sides of the marks,
  // no star between them, on one short stretch of text.
  private static final Pattern STRONG =
      Pattern.compile("(?<![\\p{L}\\p{N}*])\\*\\*(?=[^\\s*])([^*\\n]{1,120}?)(?<=[^\\s*])\\*\\*");

  private EmphasisMarks() {}

  /** The text without strong-emphasis marks; the text itself when it has none, as most does. */
  static String plain(String text) {
    return text.indexOf("**") < 0 ? text : STRONG.matcher(text).replaceAll("$1");
  }
}
