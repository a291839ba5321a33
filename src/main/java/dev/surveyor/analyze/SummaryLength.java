package dev.surveyor.analyze;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chosen summary brought to a list item's length, about 15 to 45 words, in the abstract's own
 * words: one that only names the method or the topic ("We propose a novel fine-tuning strategy
 * called Prereq-Tune.") goes on with the sentences after it, which say what it is; one that runs on
 * loses its examples ("(e.g., ...)") where that brings it to length, else ends at a clause boundary
 * (before "by (i) ...", ": (1) ...", ", which ..."). Neither is forced: with no next sentence that
 * may follow, or no boundary that leaves a whole clause, the summary stays as chosen.
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
   * C"); a clause that says how ("by", "through", "via") may go. Looked up by hand at each comma
   * and space: a pattern tried at every character was a visible part of the summaries' cost.
   */
  private static final Set<String> AFTER_COMMA =
      Set.of(
          "which",
          "where",
          "whereby",
          "while",
          "whereas",
          "thereby",
          "thus",
          "so",
          "including",
          "such",
          "e.g.",
          "i.e.",
          "namely",
          "resulting",
          "leading",
          "yielding",
          "achieving",
          "enabling",
          "allowing",
          "making",
          "showing",
          "demonstrating",
          "outperforming",
          "surpassing",
          "improving",
          "reducing",
          "ensuring",
          "providing",
          "using",
          "leveraging",
          "based",
          "with",
          "without",
          "through",
          "via",
          "by",
          "for",
          "aiming",
          "revealing",
          "highlighting",
          "offering",
          "requiring",
          "introducing",
          "boosting",
          "enhancing",
          "establishing",
          "paving",
          "suggesting",
          "indicating",
          "as");

  /** After a comma, an aside that may stand between a subject and its verb. */
  private static final Set<String> APPOSITION = Set.of("i.e.", "e.g.");

  /** After a comma, "and" opens a clause only before these: ", and we show ...". */
  private static final Set<String> AFTER_COMMA_AND =
      Set.of("we", "our", "it", "then", "thus", "show", "achieve", "demonstrate", "evaluate");

  /** Without a comma, only a clause that says how or what for. */
  private static final Set<String> AFTER_SPACE = Set.of("by", "through", "via", "thereby", "which");

  /** A clause that would end on a word that needs what was cut. */
  private static final Pattern OPEN_END =
      Pattern.compile(
          "\\b(?:and|or|of|the|a|an|to|with|by|for|in|on|from|that|as|such|than|e\\.g|i\\.e"
              + "|namely|including|follows|following|are|is|were|was)$",
          Pattern.CASE_INSENSITIVE);

  /** A clause that reports: "reveal that", "show that". */
  private static final Pattern REPORTED =
      Pattern.compile(
          "\\b(?:show|find|reveal|demonstrate|indicate|suggest|observe|prove|confirm)(?:s|ed|n)?"
              + " that\\b");

  /** A subordinate clause cut before its verb: "..., while GPT-4." of "while GPT-4, with ...". */
  private static final Pattern OPEN_SUBORDINATE =
      Pattern.compile(
          "\\b(?:while|whereas|although|though|when|whenever|because|since|if|unless)"
              + "(?: [\\w.'-]+){0,2}$",
          Pattern.CASE_INSENSITIVE);

  /** A clause that only announces a list the cut would drop: "which involves three steps". */
  private static final Pattern ANNOUNCES_LIST =
      Pattern.compile(
          "\\b(?:two|three|four|five|six|seven|several|multiple|\\d+) (?:[\\w-]+ ){0,2}[\\w-]+$");

  private SummaryLength() {}

  /**
   * The summary at about list length: {@code chosen} is the text of the abstract's sentences up to
   * {@code last}; short, where the authors speak, it goes on with the next ones, while their
   * subjects are shown in it or in the {@code title} beside it; long, it ends at a clause boundary.
   */
  static String fitted(String chosen, List<String> sentences, int last, String title) {
    int words = words(chosen);
    if (words > MOST_WORDS) {
      return shortened(chosen);
    }
    // background the abstract opens on says no more with the background after it
    if (words >= FEWEST_WORDS || !PaperSummary.speaks(chosen)) {
      return chosen;
    }
    return goneOn(chosen, words(chosen), sentences, last, title, null);
  }

  /**
   * A thin summary gone on with the sentences after its last, {@code last}, while it is still thin
   * as {@code thin} tells (PaperSummary reads it as the list will show it), as a short one is in
   * {@link #fitted}; only with what the abstract goes on to say of the paper ("LaFFi has LLMs
   * directly predict the feedback ...", "We first calibrate the STL ..."), not with the field's
   * background ("The previous studies generated ...") nor with setup alone ("We conduct various
   * experiments ..."). As it is when no sentence may follow. Its words are counted as the list
   * shows them ({@code shownWords}: the third person, acronyms spelled out), as a finding's are:
   * "We propose General-Reasoner, a novel ..." is 16 words in the abstract and 14 shown, which
   * leaves room for the 45-word list after it within a curator's longest (summ18).
   */
  static String goneOnWhile(
      Predicate<String> thin,
      ToIntFunction<String> shownWords,
      String summary,
      List<String> sentences,
      int last,
      String title) {
    return goneOn(summary, shownWords.applyAsInt(summary), sentences, last, title, thin);
  }

  /**
   * The summary gone on with the sentences after {@code last} while it is short, or while {@code
   * thin} says it is thin where that is given.
   */
  private static String goneOn(
      String chosen,
      int chosenWords,
      List<String> sentences,
      int last,
      String title,
      Predicate<String> thin) {
    String summary = chosen;
    int words = chosenWords;
    int used = Sentences.of(chosen, MOST_SENTENCES + 1).size();
    int next = last + 1;
    // the choice or the length fit may have gone on already, with a sentence read alone ("We
    // focus on ..." of "Specifically, we focus on ..."): what the summary has is not added twice
    while (next < sentences.size() && has(summary, sentences.get(next))) {
      next++;
    }
    for (;
        (thin == null ? words < FEWEST_WORDS : thin.test(summary))
            && used < MOST_SENTENCES
            && next < sentences.size();
        next++, used++) {
      String following = sentences.get(next);
      if (!mayFollow(following)
          || SummaryVoice.goesOnAsAuthors(summary, following)
          || Unshown.subjectUnshown(following, title + " " + summary)
          || thin != null
              && (!aboutThePaper(following, summary) || PaperSummary.setupOnly(following))) {
        // "Ablates image inputs ... We truncate ...": two voices read as two texts; "Proposes X.
        // Our idea is driven by ...": which idea, the reader cannot tell
        break;
      }
      int more = words(following);
      if (words + more > MOST_WORDS) {
        String cut = cut(following, MOST_WORDS - words);
        // what a thin summary goes on with may take it to a curator's longest summary whole, as a
        // finding may ("Considers an axiomatic training setup where an agent learns ..., rather
        // than ...", which no clause boundary cuts)
        if (cut == null && thin != null && words + more <= SummaryFinding.MOST_WORDS_WITH_FINDING) {
          cut = following;
        }
        if (cut == null) {
          break;
        }
        following = cut;
        more = words(cut);
      }
      summary = summary + " " + following;
      words += more;
    }
    return summary;
  }

  /** How many of a sentence's first or last characters tell that a summary has it. */
  private static final int TAIL = 40;

  /**
   * Whether the summary has the sentence, whole, read alone ("We focus on ..." of "Specifically, we
   * focus on ...") or cut at a clause boundary: by its end or by its start.
   */
  private static boolean has(String summary, String sentence) {
    String shown = summary.toLowerCase(Locale.ROOT);
    String alone = StandAlone.withoutLead(sentence).toLowerCase(Locale.ROOT);
    return shown.contains(alone.substring(Math.max(0, alone.length() - TAIL)))
        || shown.contains(alone.substring(0, Math.min(alone.length(), TAIL)));
  }

  /**
   * Whether a sentence that follows the summary says more of the paper: the authors speak in it
   * ("We first calibrate ..."), it goes on about what the sentence before it, shown, put forward
   * ("This data consists of ...", "The proposed method ..."), or it names a thing the summary or
   * title shows ("LaFFi has LLMs ...", "In Readi, LLMs ..."), or its "It" is the paper the summary
   * opened on ("This report examines ... It outlines ...", shown "Outlines ..."). Not the field's
   * background or others' work: "The previous studies generated deduction examples ...".
   */
  private static boolean aboutThePaper(String sentence, String summary) {
    if (PaperSummary.speaks(sentence)
        || BACK_TO_SHOWN.matcher(sentence).lookingAt()
        || SummaryVoice.paperGoesOn(summary, sentence)) {
      return true;
    }
    Matcher name = NAME.matcher(summary);
    while (name.find()) {
      String found = name.group();
      if (!COMMON_ACRONYM.matcher(found).matches() && hasWhole(sentence, found)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text has the word with no word character or hyphen either side, as {@code
   * (?<![\w-])word(?![\w-])} would find it, without a pattern made for each name.
   */
  static boolean hasWhole(String text, String word) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      if ((at == 0 || !isWordOrHyphen(text.charAt(at - 1)))
          && (end == text.length() || !isWordOrHyphen(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** A character of the pattern's {@code [\w-]}: an ASCII letter or digit, '_' or '-'. */
  private static boolean isWordOrHyphen(char c) {
    return c >= 'a' && c <= 'z'
        || c >= 'A' && c <= 'Z'
        || c >= '0' && c <= '9'
        || c == '_'
        || c == '-';
  }

  /**
   * A sentence that opens on what the one before it put forward: "This data ...", "This analysis
   * ...", "The proposed method ..."; not "This limits ..." (a verb after "This" ends in "s"). A
   * pronoun ("It ...", "These ...") is not taken: blind panels marked such a later opener down.
   */
  private static final Pattern BACK_TO_SHOWN =
      Pattern.compile(
          "The (?:proposed|resulting) [a-z-]+\\b|This (?:[a-z-]+(?:ss|sis)|[a-z-]*[a-rt-z])\\b");

  /**
   * A name the summary gives: a word with a capital or digit inside ("LaFFi", "Reason-RFT",
   * "Phi-4"), or the word in brackets after what it names ("Reasoning-Path-Editing (Readi)").
   */
  private static final Pattern NAME =
      Pattern.compile("(?<![\\w-])[A-Za-z][\\w-]*[A-Z0-9][\\w-]*|(?<=\\()[A-Z][\\w-]+(?=\\))");

  /** A field's acronym, which a background sentence has as often: "LLMs", "RL", "SFT". */
  private static final Pattern COMMON_ACRONYM = Pattern.compile("[A-Z]{2,4}s?");

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
   * its code is, not a question, not a turn against what came before, not a list's first item
   * without the rest ({@link OpenList}).
   */
  private static boolean mayFollow(String sentence) {
    return !sentence.isEmpty()
        && (Character.isUpperCase(sentence.charAt(0)) || Character.isDigit(sentence.charAt(0)))
        && !sentence.endsWith("?")
        && !StandAlone.saysWhereItsCodeIs(sentence)
        && !TURNS.matcher(sentence).lookingAt()
        && !OpenList.in(sentence);
  }

  /**
   * The text without its examples ({@link #withoutAsides}) where that brings it to {@code most}
   * words (summ25); else ended at a clause boundary that keeps at least 10 words (6 of a sentence
   * that follows) and at most {@code most}: a colon, semicolon or dash before a comma; the first
   * boundary after {@link #FEWEST_WORDS} words, else the last. Null when no boundary does: none
   * outside brackets, none before an enumeration begins, none that leaves brackets or quotes open,
   * ends on "and", "of", "e.g." and the like, or only announces the list it drops ("three steps").
   */
  static String cut(String text, int most) {
    String bare = withoutAsides(text);
    // whole, it may not open a list it drops ("namely: (1) With explicit instructions, ...")
    if (!bare.equals(text) && words(bare) <= most && !OpenList.in(bare)) {
      return bare;
    }
    return clauses(text).cut(most);
  }

  /**
   * An aside that gives examples or says the same again: " (e.g., ...)", " (i.e., ...)", " (such as
   * ...)". A list can do without it where the sentence is too long: the parts of a taxonomy read
   * whole, their examples gone, where a cut would drop the parts with them.
   */
  private static final Pattern EXAMPLE_ASIDE =
      Pattern.compile(" \\((?:e\\.g\\.|i\\.e\\.|such as)[^()]*\\)");

  /** A sentence's end: its stop, and a quote or bracket it closes. */
  private static final Pattern STOPPED = Pattern.compile("[.!?][\"\u201d\u2019)\\]]*$");

  /**
   * The text without its {@link #EXAMPLE_ASIDE}s. One that ended the sentence took its stop with it
   * ("... questions (e.g., \"Is X?\")"): a full stop ends what is left.
   */
  static String withoutAsides(String text) {
    String bare = EXAMPLE_ASIDE.matcher(text).replaceAll("");
    return !bare.equals(text) && STOPPED.matcher(text).find() && !STOPPED.matcher(bare).find()
        ? bare + "."
        : bare;
  }

  /** The text's clause boundaries, to be cut at more than one length. */
  static Clauses clauses(String text) {
    return new Clauses(text);
  }

  /**
   * A text's clause boundaries, each judged once (what ends there, what it leaves open) however
   * many lengths the text is cut to: a finding is tried at up to ten lengths ({@link
   * SummaryFinding}), each cut reading the same boundaries.
   */
  static final class Clauses {
    private static final byte UNJUDGED = -1;

    private final String text;

    /**
     * Per character: a cut's strength there ({@link #breakAt}), 0 where none may end, or unjudged.
     */
    private final byte[] strength;

    /** Per character where a cut may end: the clause kept. */
    private final String[] kept;

    /** Whether {@link #ENUMERATION} may match: it needs a ")" or "first". */
    private final boolean mayEnumerate;

    /** Where each word begins: a cut at {@code most} words ends before word {@code most + 1}. */
    private final int[] wordStarts;

    /** Where a clause may end, in order: a space, comma, colon or semicolon outside brackets. */
    private final int[] places;

    /** How many words have begun at each of {@link #places}, itself included. */
    private final int[] wordsAt;

    private Clauses(String text) {
      this.text = text;
      this.mayEnumerate = text.indexOf(')') >= 0 || text.contains("first");
      this.strength = new byte[text.length()];
      this.kept = new String[text.length()];
      Arrays.fill(strength, UNJUDGED);
      int[] starts = new int[text.length()];
      int[] at = new int[text.length()];
      int[] words = new int[text.length()];
      int placesFound = 0;
      int depth = 0;
      int n = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (!Character.isWhitespace(c) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
          starts[n++] = i;
        }
        if (c == '(' || c == '[') {
          depth++;
        } else if ((c == ')' || c == ']') && depth > 0) {
          depth--;
        } else if (depth == 0 && (c == ' ' || c == ',' || c == ':' || c == ';')) {
          // breakAt finds no clause end at any other character
          at[placesFound] = i;
          words[placesFound++] = n;
        }
      }
      this.wordStarts = Arrays.copyOf(starts, n);
      this.places = Arrays.copyOf(at, placesFound);
      this.wordsAt = Arrays.copyOf(words, placesFound);
    }

    /**
     * {@link SummaryLength#cut} of the text at {@code most} words: the loop over every character of
     * the text it was, at the places a clause may end alone.
     */
    String cut(int most) {
      int fewest = Math.max(6, Math.min(10, most - 30));
      int end = most < wordStarts.length ? wordStarts[Math.max(most, 0)] : text.length();
      int limit = end;
      if (mayEnumerate) {
        Matcher enumeration = ENUMERATION.matcher(text).region(0, end);
        limit = enumeration.find() ? enumeration.start() + 1 : end;
      }
      String best = null;
      int bestRank = Integer.MAX_VALUE;
      for (int k = 0; k < places.length && places[k] < limit; k++) {
        int n = wordsAt[k];
        if (n < fewest) {
          continue;
        }
        int strength = strengthAt(places[k]);
        if (strength == 0) {
          continue;
        }
        // a colon, semicolon or dash first; then the first cut long enough, which keeps the main
        // clause without the list or the "how" after it; else the longest
        int rank = (strength == 2 ? 0 : 2) + (n >= FEWEST_WORDS ? 0 : 1);
        boolean firstLongEnough = rank % 2 == 0;
        if (rank < bestRank || rank == bestRank && !firstLongEnough) {
          String kept = this.kept[places[k]];
          best = kept + (kept.endsWith(".") ? "" : ".");
          bestRank = rank;
        }
      }
      return best;
    }

    /**
     * The strength of a cut ending at {@code i}, 0 where none may: no clause ends there, or what is
     * kept ends open ("and", "of", "three steps", "while GPT-4"), leaves a bracket or quote open,
     * or ends on a series item with no verb of its own ("whether X; if Y": {@link
     * SemicolonFragment}).
     */
    private int strengthAt(int i) {
      if (strength[i] != UNJUDGED) {
        return strength[i];
      }
      int at = breakAt(text, i);
      if (at != 0) {
        String kept = withoutTrailingStops(text.substring(0, i).strip());
        if (OPEN_END.matcher(tail(kept)).find()
            || ANNOUNCES_LIST.matcher(tail(kept)).find()
            || OPEN_SUBORDINATE.matcher(tail(kept)).find()
            || unbalanced(kept)
            || SemicolonFragment.endsOn(kept)) {
          at = 0;
        } else {
          this.kept[i] = kept;
        }
      }
      strength[i] = (byte) at;
      return at;
    }
  }

  /**
   * Whether a clause may end at {@code i}: 2 at a colon, semicolon or dash, 1 at a comma or space
   * before a word that opens a clause, else 0.
   */
  private static int breakAt(String text, int i) {
    char c = text.charAt(i);
    if (i + 1 >= text.length() || text.charAt(i + 1) != ' ' && c != ' ') {
      return 0;
    }
    if (c == ':' || c == ';') {
      return 2;
    }
    if (c == ',') {
      String word = wordAt(text, i + 2);
      if (APPOSITION.contains(word) && REPORTED.matcher(text).region(0, i).find()) {
        // "finds that the signals exchanged in the tail end of the spectrum, i.e. ..., are
        // responsible ...": an aside inside the reported clause may come before its verb
        return 0;
      }
      return AFTER_COMMA.contains(word)
              || word.equals("and") && AFTER_COMMA_AND.contains(wordAt(text, i + 6))
          ? 1
          : 0;
    }
    if (c != ' ') {
      return 0;
    }
    char next = text.charAt(i + 1);
    // a spaced dash: a hyphen, TeX's "--", or the en or em dash the text pass makes of them
    if (next == '-' || next == '\u2013' || next == '\u2014') {
      boolean dash =
          (next == '\u2013' || next == '\u2014') && text.startsWith(" ", i + 2)
              || text.startsWith("- ", i + 1)
              || text.startsWith("-- ", i + 1);
      return dash ? 2 : 0;
    }
    if (next < 'a' || next > 'w' || !AFTER_SPACE.contains(wordAt(text, i + 1))) {
      return 0;
    }
    // "results reveal that ..., our method which integrates ... outperforms the others", "shows
    // that initializing policies with LMs and fine-tuning them via behavior cloning improves ...":
    // inside a clause that reports, what opens there may belong to its subject, the verb after
    return REPORTED.matcher(text).region(0, i).find() ? 0 : 1;
  }

  /** The word at {@code from}: letters, and the stops of "e.g.", "i.e.". */
  private static String wordAt(String text, int from) {
    int end = from;
    while (end < text.length()
        && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '.')) {
      end++;
    }
    while (end > from + 1
        && text.charAt(end - 1) == '.'
        && !text.startsWith("e.g.", from)
        && !text.startsWith("i.e.", from)) {
      end--;
    }
    return end > from ? text.substring(from, end) : "";
  }

  private static String withoutTrailingStops(String s) {
    int end = s.length();
    while (end > 0 && ",;:".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  /** The last words of a kept clause: what its end is tested on, not the whole at each break. */
  private static String tail(String kept) {
    int from = Math.max(0, kept.length() - 60);
    while (from > 0 && !Character.isWhitespace(kept.charAt(from - 1))) {
      from--;
    }
    return kept.substring(from);
  }

  /** How many brackets are open at {@code end}, given {@code depth} open at {@code from}. */
  private static int depth(String text, int from, int end, int depth) {
    for (int i = from; i < end; i++) {
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
    return depth(s, 0, s.length(), 0) != 0
        || quotes % 2 != 0
        || count(s, '\u201C') != count(s, '\u201D');
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == c ? 1 : 0;
    }
    return n;
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
