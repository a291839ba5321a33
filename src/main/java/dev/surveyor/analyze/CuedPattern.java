package dev.surveyor.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only where a match may start: every match starts at one of its cues (plain ASCII
 * words, or a digit, or the text's start). A pass over the text looks for the cues, a table look-up
 * per character, and the pattern is tried at each cue alone, with the text around it in view, not
 * at every character of a sentence as find() would; where no cue occurs it is not tried at all. For
 * speed only: it finds what the pattern alone finds (SummaryFindingPatternsTest checks that on real
 * text). Cues of a case-insensitive pattern are lower case and compared with the text's ASCII
 * letters lowered, the only ones its CASE_INSENSITIVE folds.
 */
final class CuedPattern {
  private final Pattern pattern;
  private final boolean ignoreCase;
  private final boolean digits;
  private final boolean atStart;

  /** The cues by their first character, which every cue's is below 128. */
  private final char[][][] byFirst = new char[128][][];

  /** Whether a cue may start with the character, as written (either case where case is ignored). */
  private final boolean[] mayStart = new boolean[128];

  /** A pattern whose every match starts at one of {@code cues}, or at a digit if {@code digits}. */
  CuedPattern(Pattern pattern, List<String> cues, boolean digits) {
    this(pattern, cues, digits, false);
  }

  /** As above, or at the start of the text if {@code atStart}. */
  CuedPattern(Pattern pattern, List<String> cues, boolean digits, boolean atStart) {
    this.pattern = pattern;
    this.ignoreCase = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
    this.digits = digits;
    this.atStart = atStart;
    List<List<char[]>> grouped = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      grouped.add(new ArrayList<>());
    }
    for (String cue : cues) {
      if (cue.isEmpty() || !cue.chars().allMatch(c -> c < 128)) {
        throw new IllegalArgumentException("a cue is a non-empty ASCII word: '" + cue + "'");
      }
      grouped.get(cue.charAt(0)).add(cue.toCharArray());
    }
    for (int c = 0; c < 128; c++) {
      byFirst[c] = grouped.get(c).isEmpty() ? null : grouped.get(c).toArray(new char[0][]);
    }
    for (int c = 0; c < 128; c++) {
      char f = folded((char) c);
      mayStart[c] = byFirst[f] != null || digits && f >= '0' && f <= '9';
    }
  }

  Pattern pattern() {
    return pattern;
  }

  /**
   * A matcher of the text for {@link #find(Matcher, int)}: tried at one place at a time, it sees
   * the whole text around it (look-behinds and word boundaries), and "^" and "$" only at the text's
   * ends, as find() over the whole text does.
   */
  Matcher matcher(String text) {
    return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /**
   * The next match in {@code text} at or after {@code from}, as find() from there would find it:
   * the pattern tried at each cue in turn, with {@code m} of {@link #matcher}, whose place and
   * groups it is.
   */
  boolean find(Matcher m, String text, int from) {
    int length = text.length();
    for (int i = from; i < length; i++) {
      char c = text.charAt(i); // most characters start no cue: told here, without a call
      if ((c < 128 && mayStart[c] || i == 0 && atStart)
          && startsAt(text, i)
          && m.region(i, length).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the pattern finds a match in the text. */
  boolean find(String text) {
    int first = start(text);
    return first >= 0 && find(matcher(text), text, first);
  }

  /** Where the first cue of the text starts; -1 where none does, and the pattern cannot match. */
  int start(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 128 && mayStart[c] || i == 0 && atStart) && startsAt(text, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The text with every match replaced by {@code replacement}, taken literally, as
   * Matcher.replaceAll does; the text itself where nothing matched.
   */
  String replaceAll(String text, String replacement) {
    int first = start(text);
    if (first < 0) {
      return text;
    }
    Matcher m = matcher(text);
    if (!find(m, text, first)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int kept = 0;
    boolean found = true;
    while (found) {
      out.append(text, kept, m.start()).append(replacement);
      kept = m.end();
      // as find() goes on: from the match's end, or past it where it matched no text
      found = find(m, text, m.end() == m.start() ? m.end() + 1 : m.end());
    }
    return out.append(text, kept, text.length()).toString();
  }

  /** Whether a cue starts at {@code at}. */
  boolean startsAt(String text, int at) {
    char written = text.charAt(at);
    if (written >= 128 || !mayStart[written]) {
      return at == 0 && atStart;
    }
    char c = folded(written);
    if (digits && c >= '0' && c <= '9') {
      return true;
    }
    char[][] cues = byFirst[c];
    if (cues == null) {
      return at == 0 && atStart;
    }
    for (char[] cue : cues) {
      if (at + cue.length <= text.length() && startsWith(text, at, cue)) {
        return true;
      }
    }
    return at == 0 && atStart;
  }

  private boolean startsWith(String text, int at, char[] cue) {
    for (int k = 1; k < cue.length; k++) {
      if (folded(text.charAt(at + k)) != cue[k]) {
        return false;
      }
    }
    return true;
  }

  private char folded(char c) {
    return ignoreCase && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
