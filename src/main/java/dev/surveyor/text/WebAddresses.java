package dev.surveyor.text;

/** Whether a place in prose lies inside a web address, which text repairs must leave alone. */
final class WebAddresses {
  private WebAddresses() {}

  /** Whether the whitespace-delimited word holding {@code start}..{@code end} is a web address. */
  static boolean around(String text, int start, int end) {
    int from = start;
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
      from--;
    }
    int to = end;
    while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
      to++;
    }
    String word = text.substring(from, to);
    return word.contains("://") || word.startsWith("www.");
  }
}
