package dev.surveyor.text;

import java.util.Locale;
import java.util.Set;

/**
 * A list set off by two dashes the capture typed as hyphens, mended as a pair: "how reasoning
 * data-varying in scale, diversity, and quality-affects LLM performance" reads "data—varying in
 * scale, diversity, and quality—affects". The first hyphen joins a word to a participle that
 * introduces a list ("varying", "spanning", "covering" …), the phrase after it holds a list of
 * three or more ("A, B, and C"), and the list's last item is joined by the second hyphen, or a dash
 * already, to a word that heads no compound. One such hyphen alone may be a compound
 * ("time-varying", "wide-ranging"); the list closed by a second one makes the pair certain, and so
 * does a preposition after the participle, which a compound's adjective never takes: the hyphen
 * alone is a dash then ("distributions-varying in both source and difficulty"). A list between two
 * hyphens without such a participle ("difficulty-basic, intermediate, and advanced") is not read:
 * its items may be compounds.
 */
final class DashedLists {
  /** Participles that introduce a list and that a dash before them sets off. */
  private static final Set<String> LIST_OPENERS =
      Set.of(
          "varying",
          "ranging",
          "spanning",
          "covering",
          "encompassing",
          "involving",
          "comprising",
          "containing",
          "corresponding");

  /** Words that make compounds with these participles ("time-varying", "all-encompassing"). */
  private static final Set<String> COMPOUND_FIRSTS =
      Set.of("time", "slowly", "wide", "far", "long", "all", "self", "non", "ever", "widely", "co");

  /** Prefixes that a closing hyphen after them joins into a word ("multi-step"). */
  private static final Set<String> PREFIXES =
      Set.of(
          "multi", "non", "pre", "post", "self", "co", "cross", "semi", "sub", "inter", "intra",
          "anti", "over", "under", "out", "re", "single", "de", "un", "bi", "tri", "meta");

  /**
   * Prepositions after which such a participle opens a phrase, never a compound's adjective, which
   * stands before a noun ("distributions-varying in both source and difficulty", "advanced-
   * corresponding to single-product reasoning"; but "time-varying characteristics").
   */
  private static final Set<String> PREPOSITIONS = Set.of("in", "from", "across", "between", "to");

  /** How many words after the list's "and" or "or" its last item may take before the dash. */
  private static final int LAST_ITEM_WORDS = 4;

  private static final char EM_DASH = '\u2014';

  private DashedLists() {}

  /** The text with each such pair of hyphens as dashes; the text itself when none is certain. */
  static String mended(String text) {
    char[] chars = null;
    for (int k = text.indexOf('-'); k >= 0; k = text.indexOf('-', k + 1)) {
      int end = listOpenerEnd(text, k);
      if (end < 0) {
        continue;
      }
      int closing = closingDash(text, end);
      if (closing < 0 && !PREPOSITIONS.contains(text.substring(end + 1, wordEnd(text, end + 1)))) {
        continue;
      }
      if (chars == null) {
        chars = text.toCharArray();
      }
      chars[k] = EM_DASH;
      if (closing >= 0) {
        chars[closing] = EM_DASH;
      }
    }
    return chars == null ? text : new String(chars);
  }

  /**
   * Where the participle after the hyphen at {@code k} ends, when it is one of {@link
   * #LIST_OPENERS} after a word that makes no compound with it; -1 otherwise.
   */
  private static int listOpenerEnd(String text, int k) {
    int end = wordEnd(text, k + 1);
    if (end >= text.length()
        || text.charAt(end) != ' '
        || !LIST_OPENERS.contains(text.substring(k + 1, end))) {
      return -1;
    }
    int start = k;
    while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
      start--;
    }
    if (start == k
        || start > 0 && !Character.isWhitespace(text.charAt(start - 1))
        || COMPOUND_FIRSTS.contains(text.substring(start, k).toLowerCase(Locale.ROOT))
        || WebAddresses.around(text, k, k)) {
      return -1;
    }
    return end;
  }

  /**
   * The dash that closes the list a participle ending at {@code end} opens; -1 when there is none.
   * The search ends at the sentence's end or at any bracket, colon or semicolon.
   */
  private static int closingDash(String text, int end) {
    int stop = sentenceStop(text, end);
    int comma = text.indexOf(", ", end);
    if (comma < 0 || comma >= stop) {
      return -1;
    }
    int and = listEnd(text, comma, stop);
    return and < 0 ? -1 : lastItemDash(text, and, stop);
  }

  /** Where the first " and " or " or " after the list's first comma ends; -1 if none. */
  private static int listEnd(String text, int comma, int stop) {
    int and = text.indexOf(" and ", comma);
    int or = text.indexOf(" or ", comma);
    int first = and < 0 ? or : or < 0 ? and : Math.min(and, or);
    if (first < 0 || first >= stop) {
      return -1;
    }
    return first + (first == and ? " and ".length() : " or ".length());
  }

  /**
   * The hyphen or dash after the list's last item: the first of its next few words joined to a
   * lowercase word that heads no compound ("quality-affects", "reasoning—often"), the hyphens of
   * compounds within the item ("multi-step") passed over. -1 when there is none.
   */
  private static int lastItemDash(String text, int from, int stop) {
    int wordStart = from;
    for (int words = 0; words < LAST_ITEM_WORDS && wordStart < stop; words++) {
      int wordStop = wordStart;
      while (wordStop < stop && !Character.isWhitespace(text.charAt(wordStop))) {
        wordStop++;
      }
      int dash = singleDash(text, wordStart, wordStop);
      if (dash >= 0) {
        String before = text.substring(wordStart, dash);
        int headEnd = wordEnd(text, dash + 1);
        String head = text.substring(dash + 1, headEnd);
        boolean ends =
            headEnd == wordStop || headEnd == wordStop - 1 && text.charAt(headEnd) == ',';
        if (ends
            && head.length() >= 2
            && headEnd < stop
            && isWord(before)
            && !PREFIXES.contains(before.toLowerCase(Locale.ROOT))
            && !CollapsedDashes.headsCompound(head)) {
          return dash;
        }
      }
      wordStart = wordStop + 1;
    }
    return -1;
  }

  /** The place of the one hyphen or dash in a word, or -1 when it has none or more than one. */
  private static int singleDash(String text, int from, int to) {
    int found = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '-' || c == EM_DASH) {
        if (found >= 0) {
          return -1;
        }
        found = i;
      }
    }
    return found;
  }

  private static boolean isWord(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Where the sentence ends after {@code from}, or the first bracket, colon or semicolon. */
  private static int sentenceStop(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("();:".indexOf(c) >= 0
          || c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        return i;
      }
    }
    return text.length();
  }

  /** Where the run of ASCII lowercase letters starting at {@code from} ends. */
  private static int wordEnd(String text, int from) {
    int end = from;
    while (end < text.length() && text.charAt(end) >= 'a' && text.charAt(end) <= 'z') {
      end++;
    }
    return end;
  }
}
