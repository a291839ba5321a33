package dev.surveyor.analyze;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A short summary that states only the setup, topic or aim ("We study X", "... aims to ...") goes
 * on with the abstract's first later sentence that states a result: a blind panel found a quarter
 * of list summaries said what a paper is about but not what it found. A result with a number, a
 * comparison or a finding in a clause of its own comes before one that only names a cue ("reduces
 * the cost"); "demonstrate the effectiveness of X" is no result. With no result in the abstract, a
 * summary that gives only the aim ("a novel framework designed to ...") goes on with the first
 * sentence that says how the method works ("by ...ing", "which ...", "using ..."). Whole sentences
 * of the abstract only, a connective that tied them to the sentence before aside ({@link Unshown}),
 * none that leans on text not shown, kept within the list item's length ({@link SummaryLength});
 * the voice pass after keeps the summary in one voice ({@link SummaryVoice}).
 */
final class SummaryFinding {
  /** A summary longer than this says enough without a finding added. */
  static final int MOST_WORDS_BEFORE = 30;

  /**
   * How many words a summary with its finding added may have when the finding does not fit within a
   * list's length ({@link SummaryLength#MOST_WORDS}): as many as a curator's own summary may have
   * (ingest.NoteReader).
   */
  static final int MOST_WORDS_WITH_FINDING = 60;

  /** How many words at most the acronyms spelled out add to a sentence, as fitting reckons. */
  private static final int SPELLED_OUT = 10;

  /** A clause that ends on a participle: "produced", "written", "driven". */
  private static final Pattern PARTICIPLE_END =
      Pattern.compile("(?<!\\b(?:be|been|being|is|are|was|were) )\\b[a-z]{2,}(?:ed|en)$");

  /** How many words the third person may drop ("We propose" reads "Proposes"). */
  private static final int VOICE_DROPS = 2;

  /** How many of the abstract's sentences are read for a result. */
  static final int SENTENCES_READ = 40;

  // RESULT, WEAK and HOW, tried at every character of every later sentence, first look ahead for
  // a character a match can start with: cheaper than their alternatives' word boundaries.
  // SummaryFindingPatternsTest checks each against itself without the look-ahead on real text.

  /**
   * A sentence that states a result: "show that", "observe that", "outperforms", "by 12%",
   * "state-of-the-art".
   */
  static final Pattern RESULT =
      Pattern.compile(
          "(?=[sfpoidare0-9])(?:\\b(?:(?:show(?:s|ed|n)?|find(?:s)?|found|prove(?:s|d)?|observ(?:e|es|ed)"
              + "|indicat(?:e|es|ed)) that"
              + "|(?<![Tt]o )demonstrat(?:e|es|ed|ing)\\b|outperform|achiev(?:e|es|ed|ing)\\b"
              + "|improv(?:e|es|ed|ing) [^.;]{0,60}?\\bby\\b|reduc(?:e|es|ed|ing)\\b"
              + "|state[- ]of[- ]the[- ]art (?:[\\w-]+ ){0,3}?(?:performance|results?|accuracy"
              + "|scores?|levels?)\\b|surpass|exceed|reveal(?:s|ed|ing)?\\b)"
              + "|\\d(?:\\.\\d+)?\\s?(?:%|(?:percentage )?points\\b|x\\b|times\\b))",
          Pattern.CASE_INSENSITIVE);

  /**
   * A result that says only that the method works ("demonstrate the effectiveness of X",
   * "experiments show that our method is effective") or that there are findings without saying them
   * ("we reveal various limitations of IT"): no cue once it is taken out.
   */
  static final Pattern WEAK =
      Pattern.compile(
          "(?=[dsvcphruief])(?:\\b(?:demonstrat|show|validat|verif|confirm|prov|highlight|reveal)[a-z]*"
              + " (?:the )?(?:[a-z]+ )?(?:effectiveness|efficacy|superiority|efficiency"
              + "|advantages?|feasibility|usefulness|benefits?|potential|robustness|strength"
              + "|generali[sz]ability|practicality|value|merits?|impact)"
              + "(?: and (?:the )?[a-z]+)?(?: of\\b)?"
              + "|\\b(?:show|demonstrate|confirm|verify|validate)[a-z]* that (?:our |the |this )?"
              + "(?:[\\w-]+ ){0,3}?(?:is|are|can be) (?:both )?(?:highly |very |more |consistently )?"
              + "(?:simple and |efficient and )?(?:effective|efficient|superior|promising|feasible"
              + "|robust)\\.?$"
              + "|\\b(?:reveal|uncover|identif|expos|find|show)[a-z]* (?:various|several|some|many"
              + "|multiple|a number of|a range of|key|important|significant|critical|interesting)"
              + " (?:[a-z-]+ )?(?:limitations|insights|findings|issues|problems|challenges"
              + "|shortcomings|weaknesses|phenomena|properties|patterns)\\b"
              + "|\\b(?:reveal|uncover|expos|show)[a-z]* (?:an?|some) (?:intriguing|interesting"
              + "|surprising|important|notable) (?:[a-z-]+ )?(?:trade-?offs?|phenomen(?:on|a)|patterns?"
              + "|relationships?|insights?|properties)\\b)",
          Pattern.CASE_INSENSITIVE);

  /**
   * What makes a result say something: a number, a comparison, or a finding in a clause of its own
   * ("find that synthesis performance scales log-linearly").
   */
  private static final Pattern STRONG =
      Pattern.compile(
          "\\d|\\b(?:outperform|surpass|exceed|better than|more than|less than|compared (?:to|with)"
              + "|relative to|over (?:the )?(?:strong )?baselines?|than\\b)"
              + "|\\b(?:show(?:s|ed|n)?|find(?:s)?|found|prove(?:s|d)?|reveal(?:s|ed)?"
              + "|demonstrat(?:e|es|ed)|indicat(?:e|es|ed)|suggest(?:s|ed)?|observ(?:e|es|ed)) that\\b",
          Pattern.CASE_INSENSITIVE);

  /** A clause that says how a method works: "by ...ing", "which ...", "using ...", "via ...". */
  static final Pattern HOW =
      Pattern.compile(
          "(?=[bvt, ulce])(?:\\b(?:by|via|through) (?:[a-z]+ly )?[a-z]+ing\\b|,? which (?!is\\b|are\\b)|\\busing\\b"
              + "|\\bleverag(?:e|es|ing)\\b|\\bcombin(?:e|es|ing)\\b|\\bconsists? of\\b"
              + "|\\butiliz(?:e|es|ing)\\b|\\bemploy(?:s|ing)?\\b"
              + "|\\bthat (?:[a-z]+ly )?(?:uses|combines|learns|trains|generates|decomposes"
              + "|integrates|incorporates|employs|rewards|samples|selects|scores|distills"
              + "|iteratively|first|jointly)\\b)");

  // Each of them tried only at the words its every match starts with: most later sentences have
  // none of a pattern's words, and the rest a few.

  static final CuedPattern RESULT_CUED =
      new CuedPattern(
          RESULT,
          List.of(
              "show",
              "find",
              "found",
              "prove",
              "observ",
              "indicat",
              "demonstrat",
              "outperform",
              "achiev",
              "improv",
              "reduc",
              "state",
              "surpass",
              "exceed",
              "reveal"),
          true);

  static final CuedPattern WEAK_CUED =
      new CuedPattern(
          WEAK,
          List.of(
              "demonstrat",
              "show",
              "validat",
              "verif",
              "confirm",
              "prov",
              "highlight",
              "reveal",
              "uncover",
              "identif",
              "expos",
              "find"),
          false);

  static final CuedPattern HOW_CUED =
      new CuedPattern(
          HOW,
          List.of(
              "by ",
              "via ",
              "through ",
              ", which ",
              " which ",
              "using",
              "leverag",
              "combin",
              "consist",
              "utiliz",
              "employ",
              "that "),
          false);

  /** A summary that gives only the aim and praise: "a novel framework designed to ...". */
  private static final Pattern AIM =
      Pattern.compile(
          "\\b(?:designed to|aims? to|aiming to|seeks? to|in order to|towards?|goal|novel"
              + "|innovative|effective|efficient|unified|universal|simple|general|scalable)\\b",
          Pattern.CASE_INSENSITIVE);

  /** A method the summary puts forward, whose working a later sentence may say. */
  private static final Pattern METHOD =
      Pattern.compile(
          "\\b(?:method|approach|framework|technique|algorithm|pipeline|strategy|scheme|recipe"
              + "|paradigm|system|module|model)s?\\b");

  /**
   * A sentence about the method: the authors' ("We ..."), or one whose subject is the method by its
   * name or kind ("SearchInstruct uses ...", "The approach focuses on ..."), not the background.
   */
  private static final Pattern THE_METHOD =
      Pattern.compile(
          "(?:We|Our|It|The (?:[a-z-]+ )?(?:method|approach|framework|technique|algorithm|pipeline"
              + "|strategy|scheme|recipe|system|module|model))\\b");

  /** The paper's outline, not how its method works: "We start by providing ...". */
  private static final Pattern OUTLINE =
      Pattern.compile("(?:We|It|This (?:paper|survey|work)) (?:start|begin|conclude|end)s? ");

  private SummaryFinding() {}

  /** Whether the sentence is about the summary's method, not the field's. */
  private static boolean aboutTheMethod(String sentence, String summary) {
    if (OUTLINE.matcher(sentence).lookingAt()) {
      return false;
    }
    if (THE_METHOD.matcher(sentence).lookingAt()) {
      return true;
    }
    int space = sentence.indexOf(' ');
    String subject = space < 0 ? sentence : sentence.substring(0, space);
    return Character.isUpperCase(subject.charAt(0))
        && subject.chars().skip(1).anyMatch(Character::isUpperCase)
        && summary.contains(subject);
  }

  /** Whether the text states a result by one of the cues, more than "it is effective". */
  static boolean hasFinding(String text) {
    // no result's words, none once the weak ones are taken out either: they only take words out
    int start = RESULT_CUED.start(text);
    if (start < 0) {
      return false;
    }
    String kept = WEAK_CUED.replaceAll(text, " ");
    return kept == text
        ? RESULT_CUED.find(RESULT_CUED.matcher(text), text, start)
        : RESULT_CUED.find(kept);
  }

  /** Whether the text says how a method works. */
  static boolean saysHow(String text) {
    return HOW_CUED.find(text);
  }

  /**
   * The summary with a result sentence of the abstract after its last sentence {@code last} added
   * (the first with a number, a comparison or a finding of its own, else the first result), when
   * the summary has none and is short enough and the whole stays within {@link
   * SummaryLength#MOST_WORDS}; with no result, an aim goes on with how the method works; else as it
   * is. {@code title} is shown beside it: a name it gives is known.
   */
  static String added(String summary, String abstractText, int last, String title) {
    return added(
        summary,
        Sentences.of(abstractText, SENTENCES_READ),
        Acronyms.in(abstractText),
        last,
        title);
  }

  /**
   * As above, with the abstract's first {@link #SENTENCES_READ} sentences ({@link Sentences#of})
   * and its acronyms, which the caller has read already.
   */
  static String added(
      String summary, List<String> sentences, Acronyms acronyms, int last, String title) {
    if (hasFinding(summary) || !PaperSummary.speaks(summary)) {
      return summary;
    }
    Reading reading = new Reading(summary, title, sentences, acronyms);
    int words = SummaryLength.words(summary);
    String added =
        words > MOST_WORDS_BEFORE ? summary : reading.added(last, SummaryLength.MOST_WORDS);
    if (reading.hasFinding(added) || words > SummaryLength.MOST_WORDS) {
      return added;
    }
    // setup or analysis whose finding does not fit a list's length: the finding says more than the
    // words it costs, up to a curator's longest summary, and more than how the method works
    String longer = reading.added(last, MOST_WORDS_WITH_FINDING);
    return reading.hasFinding(longer) ? longer : added;
  }

  /**
   * The abstract's sentences after one summary, read at the two lengths tried: what each says and
   * how it reads after the summary found once for both, as the texts shown are (a sentence whole is
   * most often what is added).
   */
  private static final class Reading {
    private final String summary;
    private final String shownBefore;
    private final List<String> sentences;
    private final Acronyms acronyms;
    private final Map<String, Boolean> findings = new HashMap<>();
    private final Map<String, Boolean> hows = new HashMap<>();
    private final Map<String, Boolean> strong = new HashMap<>();
    private final Map<String, Boolean> oneVoice = new HashMap<>();
    private final Map<String, String> spelledOut = new HashMap<>();
    private final Map<String, Integer> shownWords = new HashMap<>();
    private final Map<Integer, Optional<String>> after = new HashMap<>();
    private final Map<String, SummaryLength.Clauses> clauses = new HashMap<>();

    Reading(String summary, String title, List<String> sentences, Acronyms acronyms) {
      this.summary = summary;
      this.shownBefore = title + " " + summary;
      this.sentences = sentences;
      this.acronyms = acronyms;
    }

    boolean hasFinding(String text) {
      return findings.computeIfAbsent(text, SummaryFinding::hasFinding);
    }

    private boolean saysHow(String text) {
      return hows.computeIfAbsent(text, SummaryFinding::saysHow);
    }

    /** Whether a result says something: a number, a comparison, a finding of its own. */
    private boolean strong(String text) {
      return strong.computeIfAbsent(
          text, t -> hasFinding(t) && STRONG.matcher(WEAK_CUED.replaceAll(t, " ")).find());
    }

    String added(int last, int most) {
      String weaker = null;
      String how = null;
      for (int i = last + 1; i < sentences.size(); i++) {
        String sentence = sentences.get(i);
        if (summary.contains(sentence) || !mayFollow(sentence)) {
          continue;
        }
        boolean result = hasFinding(sentence);
        if (!result && (how != null || !saysHow(sentence))) {
          continue;
        }
        String added = following(i, most);
        if (added == null) {
          continue;
        }
        if (result && hasFinding(added)) {
          if (strong(added)) {
            return summary + " " + added;
          }
          weaker = weaker == null ? added : weaker;
        } else if (!result && saysHow(added) && aboutTheMethod(added, summary)) {
          how = added;
        }
      }
      if (weaker != null) {
        return summary + " " + weaker;
      }
      boolean aimOnly =
          AIM.matcher(summary).find() && !saysHow(summary) && METHOD.matcher(summary).find();
      return how != null && aimOnly ? summary + " " + how : summary;
    }

    /**
     * Sentence {@code i} as it follows the summary: without a connective, cut at a clause boundary
     * to fit {@code most} words once acronyms are spelled out, in the summary's voice; null when it
     * leans on text not shown or does not fit.
     */
    private String following(int i, int most) {
      String read = after.computeIfAbsent(i, this::readAfter).orElse(null);
      if (read == null) {
        return null;
      }
      String added = fitted(read, most);
      // "We show that (1) IT fails ..." with its "(2)" in the next sentence: a list left open
      return added != null
              && !OpenList.in(added)
              && oneVoice.computeIfAbsent(added, a -> SummaryVoice.oneVoice(summary, a))
          ? added
          : null;
    }

    /**
     * Sentence {@code i} as it reads after the summary ({@link Unshown#after}), empty when it leans
     * on text not shown: "Results on our benchmark show ..." is shown "Results on the benchmark
     * show ...", which benchmark a reader of the list cannot tell.
     */
    private Optional<String> readAfter(int i) {
      return Unshown.after(sentences.get(i), shownBefore, sentences.subList(0, i))
          .filter(
              read -> {
                String shown = SummaryVoice.ourAsThe(read);
                return shown.equals(read) || !Unshown.leans(shown, shownBefore);
              });
    }

    /**
     * The sentence whole, or cut at a clause boundary, so that the summary with it has at most
     * {@code most} words as shown: its acronyms spelled out ("the PLM" is shown as "the pre-trained
     * language model (PLM)"), in the third person; null when no cut fits.
     */
    private String fitted(String sentence, int most) {
      if (fits(sentence, most)) {
        return sentence;
      }
      int room = most - SummaryLength.words(summary) + VOICE_DROPS;
      for (int words = room; words > room - SPELLED_OUT && words > 0; words--) {
        String cut = clauses.computeIfAbsent(sentence, SummaryLength::clauses).cut(words);
        if (cut != null && !withoutAgent(cut, sentence) && fits(cut, most)) {
          return cut;
        }
      }
      return null;
    }

    private boolean fits(String sentence, int most) {
      String written =
          spelledOut.computeIfAbsent(sentence, s -> acronyms.expanded(summary + " " + s));
      // the voice drops words and never adds one ("We propose" reads "Proposes"): what fits as
      // written fits voiced, and only the rest is voiced to be counted
      if (SummaryLength.words(written) <= most) {
        return true;
      }
      int shown = shownWords.computeIfAbsent(written, w -> SummaryLength.words(SummaryVoice.of(w)));
      return shown <= most;
    }
  }

  /**
   * Whether the cut drops the agent of a participle it ends on: "models trained with data
   * produced." of "... data produced by Strefer ..."; "can be compromised." is a clause of its own.
   */
  private static boolean withoutAgent(String cut, String sentence) {
    String kept = cut.substring(0, cut.length() - 1);
    return sentence.startsWith(kept + " by ") && PARTICIPLE_END.matcher(kept).find();
  }

  /**
   * A whole sentence that reads after the summary: it opens a sentence and asks nothing. ({@link
   * Unshown} tells whether it leans on text not shown.)
   */
  private static boolean mayFollow(String sentence) {
    return Character.isUpperCase(sentence.charAt(0)) && !sentence.endsWith("?");
  }
}
