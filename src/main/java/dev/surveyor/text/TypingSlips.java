package dev.surveyor.text;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slips of typing or capture that can be mended without guessing: a function word typed twice ("in
 * the the broad applications"), a decimal broken after its point ("53. 6%"), a space before a
 * comma, semicolon, full stop or closing bracket ("42.7 ;", "(61.6 )", "on rationale . This"), a
 * space after an opening bracket ("Models ( LLMs)") and the space missing after an item's number
 * ("(ii)The performance", "(3)Shared"; not "(Re)Translation", "(un)Likely", whose brackets hold no
 * number). Only function words, since a doubled content word may be meant ("that that", "had had"
 * are left alone too). A space that may mark a dropped name stays ("we introduce , a"), and so does
 * one in a formula ("x .", "(Lambda . M)"); a stop after a web address is closed up, as authors set
 * the space so the stop is not read as part of the address ("…/cot-hallu-detect ."): links are
 * found without their final stop ({@link LinkExtractor}), so the space only shows.
 */
public final class TypingSlips {
  /** The function words {@link #DOUBLED} looks for, as one set for its pre-check. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "The", "a", "an", "of", "to", "in", "and", "is", "are", "for", "on", "with", "by",
          "from", "as", "at", "we", "our", "this", "its", "be");

  /** The longest word {@link #DOUBLED} looks for ("with", "from", "this"). */
  private static final int LONGEST = 4;

  static final Pattern DOUBLED =
      Pattern.compile(
          "(?<!-)\\b(the|The|a|an|of|to|in|and|is|are|for|on|with|by|from|as|at|we|our|this|its|be)"
              + "\\s+\\1\\b(?!-)");

  /**
   * A space before a comma, semicolon, full stop or closing bracket, after a word, a figure, a
   * percent sign or a bracket: "high PSNR , SSIM", "(61.6 )", "on rationale . This". A stop must
   * end its sentence (not ". . ." nor ".023"); a colon is left, as authors space it in titles
   * ("SLAD : Shared LoRA"), which name a paper's page.
   */
  private static final Pattern SPACE_BEFORE_MARK =
      Pattern.compile(
          "(?<=[\\p{L}\\p{N}%)]) +(?:([,;])(?=\\s|$)|(\\.)(?=\\s|$)(?! \\.)|(\\))(?=[\\s,.;:)]|$))");

  /**
   * Verbs before a name that a capture dropped ("we introduce , a", "a dataset named . We"): the
   * space marks the gap, left for the curator.
   */
  private static final Set<String> BEFORE_A_NAME =
      Set.of(
          "introduce",
          "introduces",
          "propose",
          "proposes",
          "proposing",
          "present",
          "presents",
          "named",
          "called",
          "dubbed",
          "termed");

  /**
   * A space after an opening bracket, before a word or figure of two characters or more that the
   * bracket closes on: "Large Language Models ( LLMs)", "( 235 GB of text)" read "(LLMs)", "(235
   * GB". Not before a single letter ("( x + y )", a formula spaced on purpose) nor a mark ("( ,
   * 2023)", where a name was lost).
   */
  private static final Pattern SPACE_AFTER_OPEN =
      Pattern.compile("([(\\[]) +(?=[\\p{L}\\p{N}][\\p{L}\\p{N}])");

  /** "53. 6%": a decimal a capture broke after its point, read whole ("53.6%"). */
  static final Pattern BROKEN_DECIMAL =
      Pattern.compile("(?<![\\p{L}\\p{N}.])(\\d{1,3})\\. (\\d+%)");

  private static final Pattern SPACE_BEFORE_STOP_AFTER_ADDRESS =
      Pattern.compile("((?:https?://|www\\.)\\S*[^\\s.]) +\\.(?=\\s|$)");

  /** "(ii)" or "(3)" after white space, then a letter: an item's number without its space. */
  private static final Pattern ITEM_NUMBER =
      Pattern.compile("(?<!\\S)\\((i{1,3}|iv|vi{0,3}|ix|x|\\d{1,2})\\)(?=\\p{L})");

  /** Signs of a formula inside a bracket, whose spacing may be meant: "( a + b )", "( x = 1 )". */
  private static final Pattern FORMULA = Pattern.compile("[+=<>^_\\\\{}|*]");

  private TypingSlips() {}

  public static String mended(String text) {
    String s = text;
    if (s.contains(" .") && (s.contains("://") || s.contains("www."))) {
      s = SPACE_BEFORE_STOP_AFTER_ADDRESS.matcher(s).replaceAll("$1.");
    }
    if (mayLackSpaceAfterItem(s)) {
      s = ITEM_NUMBER.matcher(s).replaceAll("($1) ");
    }
    if (s.indexOf('%') >= 0 && mayBreakDecimal(s)) {
      s = BROKEN_DECIMAL.matcher(s).replaceAll("$1.$2");
    }
    if (maySpaceAMark(s)) {
      s = marksClosedUp(s);
    }
    if (s.contains("( ") || s.contains("[ ")) {
      s = openingsClosedUp(s);
    }
    return doubledOnce(s);
  }

  /** The text with {@link #SPACE_BEFORE_MARK}'s spaces dropped where nothing may be missing. */
  private static String marksClosedUp(String text) {
    Matcher m = SPACE_BEFORE_MARK.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    while (m.find()) {
      if (keepsSpace(text, m.start(), m.group(2) != null)) {
        continue;
      }
      out.append(text, copied, m.start());
      copied = m.end() - 1;
    }
    return out.append(text, copied, text.length()).toString();
  }

  /**
   * The text with {@link #SPACE_AFTER_OPEN}'s spaces dropped where the bracket closes, in the same
   * sentence, on no formula's sign.
   */
  private static String openingsClosedUp(String text) {
    Matcher m = SPACE_AFTER_OPEN.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    while (m.find()) {
      char open = m.group(1).charAt(0);
      int close = text.indexOf(open == '(' ? ')' : ']', m.end());
      int next = text.indexOf(open, m.end());
      if (close < 0
          || next >= 0 && next < close
          || FORMULA.matcher(text).region(m.end(), close).find()) {
        continue;
      }
      out.append(text, copied, m.start() + 1);
      copied = m.end();
    }
    return out.append(text, copied, text.length()).toString();
  }

  /**
   * Whether the space at {@code at} may mark something lost or meant: after a web address (its stop
   * is mended above), a single letter ("for all x ."), a verb before a dropped name, or, for a full
   * stop, inside brackets ("(Lambda . M)").
   */
  private static boolean keepsSpace(String text, int at, boolean stop) {
    int start = at;
    while (start > 0 && !isSpace(text.charAt(start - 1))) {
      start--;
    }
    String word = text.substring(start, at);
    return WebAddresses.around(text, start, at)
        || word.length() == 1 && Character.isLetter(word.charAt(0))
        || BEFORE_A_NAME.contains(word)
        || stop && text.lastIndexOf('(', at) > text.lastIndexOf(')', at);
  }

  /** Whether a space precedes one of the marks {@link #SPACE_BEFORE_MARK} closes up. */
  private static boolean maySpaceAMark(String text) {
    for (int at = text.indexOf(' ');
        at >= 0 && at + 1 < text.length();
        at = text.indexOf(' ', at + 1)) {
      char next = text.charAt(at + 1);
      if (next == ',' || next == ';' || next == '.' || next == ')') {
        return true;
      }
    }
    return false;
  }

  /**
   * The text with each of {@link #DOUBLED}'s matches typed once, as {@code replaceAll("$1")} gives
   * it, the pattern tried only where one of its words is followed, after white space, by itself:
   * true at the start of every match. Tried at every character instead, the pattern's look-behind,
   * boundary and 22 words were a quarter of ingest's CPU at 100,000 papers.
   */
  static String doubledOnce(String text) {
    char[] chars = text.toCharArray(); // read once: charAt on a text beyond Latin-1 cost 3x more
    Matcher doubled = null;
    StringBuilder out = null;
    int copied = 0; // the text before this is in out, or before a match's end
    int end = 0; // where the white space after a word ends
    for (int at = 0; at < text.length(); at = end) {
      if (!isSpace(chars[at])) {
        end = at + 1;
        continue;
      }
      end = at;
      while (end < text.length() && isSpace(chars[end])) {
        end++;
      }
      // only the whole word before the white space can be doubled: its letters, read back once
      int start = at;
      while (start > 0 && at - start <= LONGEST && isLetter(chars[start - 1])) {
        start--;
      }
      int length = at - start;
      if (start >= copied
          && length >= 1
          && length <= LONGEST
          && (end + length >= text.length() || !isLetter(chars[end + length]))
          && end + length <= chars.length
          && Arrays.equals(chars, start, at, chars, end, end + length)
          && FUNCTION_WORDS.contains(text.substring(start, at))) {
        if (doubled == null) {
          // the look-behind and boundaries see the text around the region, as a search's do
          doubled = DOUBLED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        if (doubled.region(start, text.length()).lookingAt()) {
          if (out == null) {
            out = new StringBuilder(text.length());
          }
          out.append(text, copied, start).append(doubled.group(1));
          copied = doubled.end();
        }
      }
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /**
   * Whether a digit, a full stop, a space and a digit follow each other, where {@link
   * #BROKEN_DECIMAL} may match: most abstracts with a percentage and a sentence have none, and the
   * pattern's look-behind, tried at every character, was a tenth of ingest at 100,000 papers.
   */
  static boolean mayBreakDecimal(String text) {
    for (int at = text.indexOf(". "); at >= 0; at = text.indexOf(". ", at + 1)) {
      if (at > 0
          && isDigit(text.charAt(at - 1))
          && at + 2 < text.length()
          && isDigit(text.charAt(at + 2))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
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
