package dev.surveyor.text;

/**
 * Whether a word is a part of a model's name, not prose: a word of letters joined by hyphens into a
 * name that opens with a letter and has a part holding both letters and digits, a version or a size
 * ("Instruct" in "Qwen2.5-VL-7B-Instruct", "Distill" in "DeepSeek-R1-Distill-Qwen", "chat" in
 * "Llama-2-7b-chat", "Math" in "Qwen2.5-Math-7B"). Such a word names a checkpoint; read as a word
 * it misleads a theme's cues ("Instruct" for instruction tuning) and search ("distill").
 *
 * <p>Not parts of a name: a compound with no such part ("instruction-tuned", "GPT-4-generated",
 * "2-stage", "low-rank"), or one that opens with a digit ("7B-parameter", "3D-aware"); a part
 * holding a digit itself ("7B", "R1") is the name's own token, not a word of prose.
 */
public final class ModelNames {
  private ModelNames() {}

  /**
   * Whether the word {@code text[start, end)} is a part of a model's name. Cheap for a word not
   * joined by a hyphen, nearly every word: only a joined word's run of word characters, hyphens and
   * dots is copied to be read, with one character either side, not the whole text (a copy of the
   * abstract per joined word was 2% of a large build).
   */
  public static boolean isNamePart(String text, int start, int end) {
    boolean joined =
        start > 0 && isHyphen(text.charAt(start - 1))
            || end < text.length() && isHyphen(text.charAt(end));
    if (!joined) {
      return false;
    }
    // the name cannot reach past a character that is none of these: what lies beyond is not read
    int from = start;
    while (from > 0 && mayJoin(text.charAt(from - 1))) {
      from--;
    }
    int to = end;
    while (to < text.length() && mayJoin(text.charAt(to))) {
      to++;
    }
    from = Math.max(0, from - 1);
    to = Math.min(text.length(), to + 1);
    char[] run = new char[to - from];
    text.getChars(from, to, run, 0);
    return isNamePart(run, run.length, start - from, end - from);
  }

  /** A character a name's run may hold: a word character, a hyphen or a dot. */
  private static boolean mayJoin(char c) {
    return isWord(c) || isHyphen(c) || c == '.';
  }

  /**
   * As above, of the word {@code text[start, end)} of the text {@code text[0, length)}: read from
   * the array, as a reader of words has it.
   */
  public static boolean isNamePart(char[] text, int length, int start, int end) {
    if (end - start > 2
        && (text[end - 1] == 's' || text[end - 1] == 'S')
        && (text[end - 2] == '\'' || text[end - 2] == '\u2019')) {
      end -= 2; // "Llama-3.1-8B-Instruct's": the analyser's word keeps its possessive
    }
    boolean before = start > 0 && isHyphen(text[start - 1]);
    boolean after = end < length && isHyphen(text[end]);
    if (!before && !after) {
      return false;
    }
    int from = start;
    while (from > 0 && joinsLeft(text, from)) {
      from--;
    }
    int to = end;
    while (to < length && joinsRight(text, length, to)) {
      to++;
    }
    boolean letters = true;
    for (int i = start; i < end; i++) {
      letters &= Character.isLetter(text[i]);
    }
    // the first part is the family's name ("Qwen", "DeepSeek", "Flan"), what a cue or an entity
    // names; the parts after it say which checkpoint
    if (!letters || from == start || !Character.isLetter(text[from])) {
      return false;
    }
    // a part of letters and digits, other than the word's own
    int part = from;
    while (part < to) {
      int partEnd = part;
      while (partEnd < to && !isHyphen(text[partEnd])) {
        partEnd++;
      }
      if ((partEnd <= start || part >= end) && lettersAndDigits(text, part, partEnd)) {
        return true;
      }
      part = partEnd + 1;
    }
    return false;
  }

  /**
   * Whether the character before {@code i} belongs to the hyphen-joined run ending at {@code i}.
   */
  private static boolean joinsLeft(char[] text, int i) {
    char c = text[i - 1];
    if (isWord(c)) {
      return true;
    }
    // a hyphen between two word characters, or a dot between two digits ("Qwen2.5")
    return i >= 2
        && isWord(text[i - 2])
        && isWord(text[i])
        && (isHyphen(c) || c == '.' && isDigit(text[i - 2]) && isDigit(text[i]));
  }

  private static boolean joinsRight(char[] text, int length, int i) {
    char c = text[i];
    if (isWord(c)) {
      return true;
    }
    return i + 1 < length
        && i > 0
        && isWord(text[i - 1])
        && isWord(text[i + 1])
        && (isHyphen(c) || c == '.' && isDigit(text[i - 1]) && isDigit(text[i + 1]));
  }

  private static boolean lettersAndDigits(char[] text, int from, int to) {
    boolean letter = false;
    boolean digit = false;
    for (int i = from; i < to; i++) {
      char c = text[i];
      letter |= Character.isLetter(c);
      digit |= isDigit(c);
    }
    return letter && digit;
  }

  private static boolean isWord(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }
}
