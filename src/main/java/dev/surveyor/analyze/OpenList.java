package dev.surveyor.analyze;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text opens an enumeration it does not go on with: "We show that (1) IT fails to enhance
 * knowledge." where the abstract's "(2) ..." is the next sentence. A reader of the list sees a
 * first item and waits for the second; such a sentence is not added to a summary.
 */
final class OpenList {
  /** A first item's marker: "(1)", "(i)", "(a)", "1)", "i)", "Firstly,". */
  private static final Pattern FIRST =
      Pattern.compile("(?<![\\w.])(?:(\\()?(?:1|i|a)\\)(?= )|[Ff]irstly,)");

  /** A second item's marker. */
  private static final Pattern SECOND =
      Pattern.compile("(?<![\\w.])(?:\\(?(?:2|ii|b)\\)(?= )|[Ss]econdly,)");

  private OpenList() {}

  /** Whether the text has an enumeration's first marker and no second. */
  static boolean in(String text) {
    Matcher first = FIRST.matcher(text);
    while (first.find()) {
      // a bare "1)" that closes a bracket opened before it is no marker: "(@pass 1)"
      if (first.group(1) == null
          && !first.group().startsWith("F")
          && !first.group().startsWith("f")
          && opened(text, first.start())) {
        continue;
      }
      return !SECOND.matcher(text).region(first.end(), text.length()).find();
    }
    return false;
  }

  private static boolean opened(String text, int end) {
    int depth = 0;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
    }
    return depth > 0;
  }
}
