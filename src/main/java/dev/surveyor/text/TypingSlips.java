package dev.surveyor.text;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Slips of typing or capture that can be mended without guessing: a function word typed twice ("in
 * the the broad applications"), a space before a semicolon ("42.7 ; adding") and the space missing
 * after an item's number ("(ii)The performance", "(3)Shared"; not "(Re)Translation", "(un)Likely",
 * whose brackets hold no number). Only function words, since a doubled content word may be meant
 * ("that that", "had had" are left alone too); a space before a full stop stays, as it often marks
 * a dropped word or symbol ({@link Leftovers} lists those for the curator), except after a web
 * address, where authors set it so the stop is not read as part of the address ("…/cot-hallu-detect
 * ."): links are found without their final stop ({@link LinkExtractor}), so the space only shows.
 */
public final class TypingSlips {
  /** The function words {@link #DOUBLED} looks for, as one set for its pre-check. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "The", "a", "an", "of", "to", "in", "and", "is", "are", "for", "on", "with", "by",
          "from", "as", "at", "we", "our", "this", "its", "be");

  /** The longest word {@link #DOUBLED} looks for ("with", "from", "this"). */
  private static final int LONGEST = 4;

  private static final Pattern DOUBLED =
      Pattern.compile(
          "\\b(the|The|a|an|of|to|in|and|is|are|for|on|with|by|from|as|at|we|our|this|its|be)"
              + "\\s+\\1\\b");

  private static final Pattern SPACE_BEFORE_SEMICOLON =
      Pattern.compile("(?<=[\\p{L}\\p{N})%]) +;(?=\\s)");

  private static final Pattern SPACE_BEFORE_STOP_AFTER_ADDRESS =
      Pattern.compile("((?:https?://|www\\.)\\S*[^\\s.]) +\\.(?=\\s|$)");

  /** "(ii)" or "(3)" after white space, then a letter: an item's number without its space. */
  private static final Pattern ITEM_NUMBER =
      Pattern.compile("(?<!\\S)\\((i{1,3}|iv|vi{0,3}|ix|x|\\d{1,2})\\)(?=\\p{L})");

  private TypingSlips() {}

  public static String mended(String text) {
    String s = text;
    if (s.contains(" .") && (s.contains("://") || s.contains("www."))) {
      s = SPACE_BEFORE_STOP_AFTER_ADDRESS.matcher(s).replaceAll("$1.");
    }
    if (mayLackSpaceAfterItem(s)) {
      s = ITEM_NUMBER.matcher(s).replaceAll("($1) ");
    }
    if (s.contains(" ;")) {
      s = SPACE_BEFORE_SEMICOLON.matcher(s).replaceAll(";");
    }
    return mayBeDoubled(s) ? DOUBLED.matcher(s).replaceAll("$1") : s;
  }

  /**
   * Whether one of {@link #DOUBLED}'s words is followed, after white space, by itself: true
   * wherever {@link #DOUBLED} matches, and of few texts, so the pattern (tried at every word
   * otherwise) runs on those alone.
   */
  private static boolean mayBeDoubled(String text) {
    int end = 0; // where the white space after a word ends
    for (int at = 0; at < text.length(); at = end) {
      if (!isSpace(text.charAt(at))) {
        end = at + 1;
        continue;
      }
      end = at;
      while (end < text.length() && isSpace(text.charAt(end))) {
        end++;
      }
      // only the whole word before the white space can be doubled: its letters, read back once
      int start = at;
      while (start > 0 && at - start <= LONGEST && isLetter(text.charAt(start - 1))) {
        start--;
      }
      int length = at - start;
      if (length >= 1
          && length <= LONGEST
          && (end + length >= text.length() || !isLetter(text.charAt(end + length)))
          && text.regionMatches(start, text, end, length)
          && FUNCTION_WORDS.contains(text.substring(start, at))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a closing bracket is followed by a letter, where {@link #ITEM_NUMBER} may match: few
   * texts, so the pattern runs on those alone. A char beyond ASCII may be a letter.
   */
  private static boolean mayLackSpaceAfterItem(String text) {
    for (int at = text.indexOf(')'); at >= 0; at = text.indexOf(')', at + 1)) {
      if (at + 1 < text.length()
          && (isLetter(text.charAt(at + 1)) || text.charAt(at + 1) >= 0x80)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** The white space of {@code \\s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
