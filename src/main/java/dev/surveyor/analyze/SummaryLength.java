package dev.surveyor.analyze;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chosen summary brought to a list item's length, about 15 to 45 words, in the abstract's own
 * words: one that only names the method or the topic ("We propose a novel fine-tuning strategy
 * called Prereq-Tune.") goes on with the sentences after it, which say what it is; one that runs on
 * ends at a clause boundary (before "by (i) ...", ": (1) ...", ", which ..."). Neither is forced:
 * with no next sentence that may follow, or no boundary that leaves a whole clause, the summary
 * stays as chosen.
 */
final class SummaryLength {
  /** Fewer words than this only name the method or the topic. */
  static final int FEWEST_WORDS = 15;

  /** More words than this read as a paragraph in a list. */
  static final int MOST_WORDS = 45;

  /** A summary keeps at most this many of the abstract's sentences. */
  private static final int MOST_SENTENCES = 3;

  /** A sentence that turns against the one before, or reports what the paper leaves out. */
  private static final Pattern TURNS =
      Pattern.compile(
          "(?:However|But|Yet|Unfortunately|Nevertheless|Nonetheless|In contrast(?! to)|Despite"
              + "|Although|While|Whereas|Instead)\\b");

  /** An enumeration's first marker: "(i)", "(1)", "1)", "i)", "firstly,". */
  private static final Pattern ENUMERATION =
      Pattern.compile("(?:^|[\\s:;,])(?:\\(?(?:[1-9]|i|a)\\)\\s|(?:firstly|first of all),)");

  /**
   * Where a clause may end. A colon, a semicolon or a dash ends one; a comma does only before a
   * word that opens a new clause (", which", ", enabling", ", while"), not in a list ("A, B and
   * C"); a clause that says how ("by", "through", "via") or what for ("to", "so that") may go.
   */
  private static final Pattern BREAK =
      Pattern.compile(
          "(?<strong>:\\s|;\\s|\\s--?\\s|\\s\u2014\\s)"
              + "|,\\s(?=(?:which|where|whereby|while|whereas|thereby|thus|and thus|so that"
              + "|as well as|including|such as|e\\.g\\.|i\\.e\\.|namely|resulting|leading|yielding"
              + "|achieving|enabling|allowing|making|showing|demonstrating|outperforming"
              + "|surpassing|improving|reducing|ensuring|providing|using|leveraging|based on"
              + "|with|without|through|via|by|for|in order to|and (?:we|our|it|then|show|achieve"
              + "|demonstrate|evaluate)|aiming|revealing|highlighting|offering|requiring"
              + "|introducing|boosting|enhancing|establishing|paving|suggesting|indicating)\\b)"
              + "|\\s(?=(?:by|through|via|so that|in order to|thereby|which)\\s)");

  /** A clause that would end on a word that needs what was cut. */
  private static final Pattern OPEN_END =
      Pattern.compile(
          "\\b(?:and|or|of|the|a|an|to|with|by|for|in|on|from|that|as|such|than|e\\.g|i\\.e"
              + "|namely|including|follows|following|are|is|were|was)$",
          Pattern.CASE_INSENSITIVE);

  /** A clause that only announces a list the cut would drop: "which involves three steps". */
  private static final Pattern ANNOUNCES_LIST =
      Pattern.compile(
          "\\b(?:two|three|four|five|six|seven|several|multiple|\\d+) (?:[\\w-]+ ){0,2}[\\w-]+$");

  private SummaryLength() {}

  /**
   * The summary at about list length: {@code chosen} is the text of the abstract's sentences up to
   * {@code last}; short, where the authors speak, it goes on with the next ones; long, it ends at a
   * clause boundary.
   */
  static String fitted(String chosen, List<String> sentences, int last) {
    String summary = chosen;
    int used = sentenceCount(chosen);
    int next = last + 1;
    // background the abstract opens on says no more with the background after it
    boolean authors = PaperSummary.speaks(chosen);
    while (authors
        && words(summary) < FEWEST_WORDS
        && used < MOST_SENTENCES
        && next < sentences.size()) {
      String following = sentences.get(next);
      if (!mayFollow(following)) {
        break;
      }
      String longer = summary + " " + following;
      if (words(longer) > MOST_WORDS) {
        String cut = cut(following, MOST_WORDS - words(summary));
        if (cut == null) {
          break;
        }
        longer = summary + " " + cut;
      }
      summary = longer;
      used++;
      next++;
    }
    if (words(summary) > MOST_WORDS) {
      summary = shortened(summary);
    }
    return summary;
  }

  /**
   * A long summary ended at a clause boundary of its last sentence, which keeps a clause of its own
   * ("It is not known if ...? We answer this question." would not); or without its last sentence,
   * when what is left is long enough and the authors speak in it. As chosen if neither.
   */
  private static String shortened(String summary) {
    List<String> parts = Sentences.of(summary, MOST_SENTENCES + 1);
    if (parts.size() < 2) {
      String cut = cut(summary, MOST_WORDS);
      return cut == null ? summary : cut;
    }
    String head = String.join(" ", parts.subList(0, parts.size() - 1));
    String cut = cut(parts.get(parts.size() - 1), MOST_WORDS - words(head));
    if (cut != null) {
      return head + " " + cut;
    }
    return words(head) >= FEWEST_WORDS && words(head) <= MOST_WORDS && PaperSummary.speaks(head)
        ? head
        : summary;
  }

  /**
   * A sentence that may follow the summary's last: it goes on saying what the paper does, not where
   * its code is, not a question, not a turn against what came before.
   */
  private static boolean mayFollow(String sentence) {
    return !sentence.isEmpty()
        && (Character.isUpperCase(sentence.charAt(0)) || Character.isDigit(sentence.charAt(0)))
        && !sentence.endsWith("?")
        && !StandAlone.saysWhereItsCodeIs(sentence)
        && !TURNS.matcher(sentence).lookingAt();
  }

  /**
   * The text ended at a clause boundary that keeps at least 10 words (6 of a sentence that follows)
   * and at most {@code most}: a colon, semicolon or dash before a comma; the first boundary after
   * {@link #FEWEST_WORDS} words, else the last. Null when no boundary does: none outside brackets,
   * none before an enumeration begins, none that leaves brackets or quotes open, ends on "and",
   * "of", "e.g." and the like, or only announces the list it drops ("three steps").
   */
  static String cut(String text, int most) {
    int fewest = Math.max(6, Math.min(10, most - 30));
    Matcher enumeration = ENUMERATION.matcher(text);
    int limit = enumeration.find() ? enumeration.start() + 1 : text.length();
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    Matcher at = BREAK.matcher(text);
    while (at.find() && at.start() < limit) {
      if (depth(text, at.start()) != 0) {
        continue;
      }
      String kept = text.substring(0, at.start()).strip().replaceAll("[,;:]+$", "");
      int n = words(kept);
      if (n < fewest
          || n > most
          || OPEN_END.matcher(kept).find()
          || ANNOUNCES_LIST.matcher(kept).find()
          || unbalanced(kept)) {
        continue;
      }
      // a colon, semicolon or dash first; then the first cut long enough, which keeps the main
      // clause without the list or the "how" after it; else the longest
      int rank = (at.group("strong") != null ? 0 : 2) + (n >= FEWEST_WORDS ? 0 : 1);
      boolean firstLongEnough = rank % 2 == 0;
      if (rank < bestRank || rank == bestRank && !firstLongEnough) {
        best = kept + (kept.endsWith(".") ? "" : ".");
        bestRank = rank;
      }
    }
    return best;
  }

  /** How many brackets are open at {@code end}. */
  private static int depth(String text, int end) {
    int depth = 0;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      }
    }
    return depth;
  }

  private static boolean unbalanced(String s) {
    int quotes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      quotes += c == '"' ? 1 : 0;
    }
    return depth(s, s.length()) != 0 || quotes % 2 != 0 || count(s, '\u201C') != count(s, '\u201D');
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == c ? 1 : 0;
    }
    return n;
  }

  /** The summary's sentences, as {@link Sentences} cuts them. */
  private static int sentenceCount(String summary) {
    return Sentences.of(summary, MOST_SENTENCES + 1).size();
  }

  /** Words as a reader counts them: runs of characters between spaces. */
  static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
  }
}
