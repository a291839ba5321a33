package dev.surveyor.analyze;

import java.util.regex.Pattern;

/**
 * Whether a text ends on a clause after a semicolon that has no main clause of its own: "We ask
 * whether X; if Y" cut before the authors' "; and which Z" leaves "if Y" an item of a series whose
 * verb was rewritten away ("Asks whether X; if Y."), a fragment to a reader of the list (summ17's
 * panel). Such a text is not a place to cut; the clause before the semicolon stands alone.
 */
final class SemicolonFragment {
  /**
   * A clause that asks or reports ("whether", "how", "which ..."): after a semicolon, an item of
   * the series the verb before it governs.
   */
  private static final Pattern ASKS =
      Pattern.compile("(?:whether|how|what|which|why|where)\\b(?! is more)");

  /**
   * A clause that only qualifies ("if", "when", "while ..."): a fragment unless a comma leads on to
   * a main clause of its own ("; when trained on X, models fail ...").
   */
  private static final Pattern QUALIFIES =
      Pattern.compile("(?:if|when|while|whereas|although|though|because|since|unless)\\b");

  /**
   * A qualifying clause after a semicolon that runs to its sentence's end with no comma: "...
   * Dengue; while models trained on existing ED datasets fail miserably."
   */
  private static final Pattern QUALIFYING_END =
      Pattern.compile(
          "; ((?:while|whereas|although|though|because|since|unless|if|when) [^;,.!?]*[.!?])(?=\\s|$)");

  private SemicolonFragment() {}

  /**
   * The summary with a qualifying clause the authors set off by a semicolon set off by a comma
   * instead ("...; while models ... fail miserably." reads "..., while models ..."): every word
   * kept, the clause read as part of the one before it, as the authors meant.
   */
  static String mended(String summary) {
    return summary.indexOf(';') < 0 ? summary : QUALIFYING_END.matcher(summary).replaceAll(", $1");
  }

  /** Whether the text's last clause after a semicolon outside brackets opens as a fragment. */
  static boolean endsOn(String text) {
    int semicolon = lastSemicolon(text);
    if (semicolon < 0) {
      return false;
    }
    String clause = text.substring(semicolon + 1).strip();
    return ASKS.matcher(clause).lookingAt()
        || QUALIFIES.matcher(clause).lookingAt() && clause.indexOf(',') < 0;
  }

  private static int lastSemicolon(String text) {
    int depth = 0;
    int last = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if (c == ';' && depth == 0) {
        last = i;
      }
    }
    return last;
  }
}
