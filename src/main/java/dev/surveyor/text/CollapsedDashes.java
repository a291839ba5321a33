package dev.surveyor.text;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;

/**
 * Em dashes a capture typed as hyphens, mended where no English compound could be meant: "the
 * WebShop environment-a simulated e-commerce platform" reads "environment—a simulated". A hyphen is
 * a dash when the word after it opens a phrase and never ends a compound (an article, "and",
 * "both", "including", "which", "such as", "for example" …) and the word before it is not itself a
 * function word ("is-a", "in-the wild", "state-of-the art" stay). The dash that closes such a
 * phrase later in the same sentence is mended too when it has the shape no compound has: a plural
 * or an adverb in -ly, or a closing bracket, before a word that is not a compound's head
 * ("datasets- including AMC, AIME, and IMO-style problems-demonstrate" reads "datasets—including
 * AMC, AIME, and IMO-style problems—demonstrate"). Written unspaced, as the authors wrote the dash
 * the capture collapsed. A list set off by two such hyphens after a participle ("data-varying in
 * scale, diversity, and quality-affects") is {@link DashedLists}'s; a hyphen before a particle that
 * may hide a lost letter ("this ga-through") is listed for the curator by {@link Leftovers}. A
 * hyphen between two spaced words is a dash too, shown spaced ({@link #spaced}).
 */
final class CollapsedDashes {
  /** Words that open a phrase after a dash and end no English compound. */
  private static final Set<String> OPENERS =
      Set.of(
          "a",
          "an",
          "the",
          "and",
          "both",
          "including",
          "which",
          "that",
          "whose",
          "while",
          "with",
          "from",
          "especially",
          "often",
          "namely",
          "are");

  /** Two-word openers: the first word alone ends compounds ("how-to", "as-is"). */
  private static final Set<String> OPENER_PAIRS =
      Set.of("such as", "rather than", "for example", "for instance", "as well");

  /**
   * Function words that start compounds ending in an opener ("is-a", "in-the wild", "one-size-
   * fits-all"): before one of these the hyphen stays.
   */
  private static final Set<String> BEFORE_COMPOUND =
      Set.of(
          "a", "an", "the", "and", "of", "in", "on", "at", "by", "to", "for", "as", "is", "be",
          "or", "it", "one", "not", "if", "with", "from", "that", "which", "both");

  /**
   * How the heads of compounds end ("IMO-style", "embeddings-based", "multi-turn" aside): a closing
   * dash is not mended before such a word.
   */
  private static final String[] COMPOUND_HEADS = {
    "ed", "al", "ic", "ive", "ent", "ant", "ful", "less", "able", "ible", "like", "based", "level",
    "wise", "scale", "style", "only", "free", "domain", "of", "to", "centric", "heavy", "proof",
    "ready", "sized", "shot", "step", "time", "type", "grained", "ware"
  };

  private static final char EM_DASH = '\u2014';

  private static final char EN_DASH = '\u2013';

  private CollapsedDashes() {}

  /**
   * The text with its collapsed dashes mended, and its spaced ones ({@link #spaced}); the text
   * itself when none is certain.
   */
  static String mended(String text) {
    return collapsed(spaced(text));
  }

  /**
   * A dash the capture typed as a hyphen between spaces, shown as the spaced en dash TeX's " -- "
   * prints ({@link TexDashes}): "benchmarks are highly sensitive to subtle implementation choices -
   * including decoding parameters" reads "choices – including". Between words only: a figure before
   * it ("25% - 94%", "0.82 - 0.95", "ACMMM25 - Grand") may be a range or a minus, a single letter
   * or a symbol either side ("x - y", "θ_GRPO - θ_SFT") a formula; a hyphen after a colon, a stop
   * or a line's start is a list's bullet, and the text's hyphens then all stay.
   */
  static String spaced(String text) {
    int k = text.indexOf(" - ");
    if (k < 0) {
      return text;
    }
    if (bulleted(text)) {
      return text;
    }
    char[] chars = null;
    for (; k >= 0; k = text.indexOf(" - ", k + 1)) {
      if (spacedDash(text, k)) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[k + 1] = EN_DASH;
      }
    }
    return chars == null ? text : new String(chars);
  }

  /** Whether the hyphen after the space at {@code k} is a dash between two words. */
  private static boolean spacedDash(String text, int k) {
    int start = k;
    while (start > 0 && !isSpace(text.charAt(start - 1))) {
      start--;
    }
    int end = k + 3;
    while (end < text.length() && !isSpace(text.charAt(end))) {
      end++;
    }
    if (start == k || end == k + 3) {
      return false;
    }
    String before = text.substring(start, k);
    String after = text.substring(k + 3, end);
    char last = before.charAt(before.length() - 1);
    char first = after.charAt(0);
    boolean lastFits =
        Character.isLetter(last)
            || ")]\"”'’".indexOf(last) >= 0
            || last == '%' && Character.isLetter(first);
    boolean firstFits =
        Character.isLetter(first)
            || "(+\"“'‘".indexOf(first) >= 0
            || Character.isDigit(first) && last >= 'a' && last <= 'z';
    return lastFits
        && firstFits
        && !formula(before)
        && !formula(after)
        && !WebAddresses.around(text, k + 1, k + 2);
  }

  /** A word of a formula: a symbol of one ("_", "=", "$", "\\"), or a letter alone but "a". */
  private static boolean formula(String word) {
    for (int i = 0; i < word.length(); i++) {
      if ("_=^\\{}|<>$".indexOf(word.charAt(i)) >= 0) {
        return true;
      }
    }
    String letters = word.replaceAll("^[(\\[]+|[)\\],.;:]+$", "");
    return letters.length() == 1
        && Character.isLetter(letters.charAt(0))
        && !letters.equals("a")
        && !letters.equals("A");
  }

  /** Whether a hyphen and a space open the text, a line, or follow a colon or stop: a bullet. */
  private static boolean bulleted(String text) {
    if (text.startsWith("- ")) {
      return true;
    }
    for (int k = text.indexOf("- "); k > 0; k = text.indexOf("- ", k + 1)) {
      int i = k - 1;
      while (i >= 0 && text.charAt(i) == ' ') {
        i--;
      }
      if (i < 0 || ":.;\n".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The text with its collapsed dashes mended; the text itself when none is certain. */
  private static String collapsed(String text) {
    int k = text.indexOf('-');
    if (k < 0) {
      return text;
    }
    BitSet dashes = null;
    for (; k >= 0; k = text.indexOf('-', k + 1)) {
      int after = opensPhrase(text, k);
      if (after < 0) {
        continue;
      }
      if (dashes == null) {
        dashes = new BitSet();
      }
      dashes.set(k);
      int closing = closingDash(text, after);
      if (closing >= 0) {
        dashes.set(closing);
      }
    }
    if (dashes == null) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int at = dashes.nextSetBit(0); at >= 0; at = dashes.nextSetBit(at + 1)) {
      chars[at] = EM_DASH;
    }
    return new String(chars);
  }

  /**
   * Where the word after the hyphen at {@code k} ends, when the hyphen is a dash opening a phrase;
   * -1 otherwise.
   */
  private static int opensPhrase(String text, int k) {
    int end = lowercaseWordEnd(text, k + 1);
    if (end == k + 1 || end + 1 >= text.length() || text.charAt(end) != ' ') {
      return -1;
    }
    char next = text.charAt(end + 1);
    if (!Character.isLetterOrDigit(next) && "(\u201C\"'".indexOf(next) < 0) {
      return -1;
    }
    String word = text.substring(k + 1, end);
    if (!OPENERS.contains(word)) {
      int nextEnd = lowercaseWordEnd(text, end + 1);
      if (!OPENER_PAIRS.contains(word + " " + text.substring(end + 1, nextEnd))) {
        return -1;
      }
    }
    int start = k;
    while (start > 0 && !isSpace(text.charAt(start - 1)) && text.charAt(start - 1) != '-') {
      start--;
    }
    if (start == k) {
      return -1;
    }
    char last = text.charAt(k - 1);
    if (!Character.isLetterOrDigit(last) && last != ')' && last != '%') {
      return -1;
    }
    String before = text.substring(start, k);
    if (BEFORE_COMPOUND.contains(before.toLowerCase(Locale.ROOT))
        || WebAddresses.around(text, k, k)) {
      return -1;
    }
    return end;
  }

  /**
   * The hyphen closing the phrase a dash opened, searched from {@code from} to the end of the
   * sentence: the first two-part word of a plural, an adverb in -ly or a closing bracket, a hyphen
   * and a lowercase word that heads no compound, followed by a space or a comma, semicolon or
   * colon. -1 when there is none.
   */
  private static int closingDash(String text, int from) {
    int stop = text.indexOf(". ", from);
    if (stop < 0) {
      stop = text.length();
    }
    for (int k = text.indexOf('-', from); k >= 0 && k < stop; k = text.indexOf('-', k + 1)) {
      int start = k;
      while (start > from && !isSpace(text.charAt(start - 1))) {
        start--;
      }
      if (start == k || text.substring(start, k).indexOf('-') >= 0) {
        continue; // one hyphen in the word only: "counter-intuitive-bulk" is not read
      }
      String before = text.substring(start, k);
      int end = lowercaseWordEnd(text, k + 1);
      if (end - (k + 1) < 2 || end >= text.length() || " ,;:".indexOf(text.charAt(end)) < 0) {
        continue;
      }
      String head = text.substring(k + 1, end);
      if (closesPhrase(before) && !headsCompound(head) && !WebAddresses.around(text, k, k)) {
        return k;
      }
    }
    return -1;
  }

  /** A word a closing dash may follow: a plural, an adverb in -ly, or a closing bracket. */
  private static boolean closesPhrase(String before) {
    if (before.endsWith(")")) {
      return true;
    }
    if (before.length() < 3 || lowercaseWordEnd(before, 0) != before.length()) {
      return false;
    }
    return before.endsWith("ly")
        || before.endsWith("s")
            && !before.endsWith("ss")
            && !before.endsWith("us")
            && !before.endsWith("is")
            && !before.endsWith("ics");
  }

  /** Whether a word ends as compounds' heads end ({@link DashedLists} asks too). */
  static boolean headsCompound(String word) {
    for (String ending : COMPOUND_HEADS) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** Where the run of ASCII lowercase letters starting at {@code from} ends. */
  private static int lowercaseWordEnd(String text, int from) {
    int end = from;
    while (end < text.length() && text.charAt(end) >= 'a' && text.charAt(end) <= 'z') {
      end++;
    }
    return end;
  }

  /** The white space of {@code \\s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
