package dev.surveyor.analyze;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Praise an abstract gives its own work, dropped from a list summary where it says nothing: "a
 * novel method" says no more than "a method" once the paper proposes it, and "significantly
 * outperforms" gives no measure that "outperforms" lacks (a figure, where the summary has one, says
 * how much). Only where the sentence stays grammatical and its claim the same: "novel",
 * "innovative", "groundbreaking" or "pioneering" after "a/an" that the paper puts forward (after a
 * verb of proposing, or an apposition's comma or dash), the article agreed; "significantly" or
 * "substantially" before a verb of gain ("improves", "outperforms", ...); "remarkably" inside a
 * sentence; "a comprehensive" (or "thorough", "exhaustive") before the paper's own review or study.
 * Kept where the word informs: "novel tasks", "novel-object", "to a novel domain" (unseen),
 * "significantly fewer", "drops significantly" (the size is the finding), and "state-of-the-art",
 * which states a result or names what is compared.
 */
public final class Puffery {
  /**
   * What the authors put forward, then "a novel": after a verb of proposing or an apposition's
   * comma or dash ("Proposes X, a novel framework", "X – a novel strategy"), not a preposition
   * ("queried with a novel word" is an unseen one). Groups: the article; the first of two
   * adjectives left of a list of three ("a novel, general, and unified" reads "a general and
   * unified"); the word after the praise.
   */
  private static final Pattern NOVEL =
      Pattern.compile(
          "(?<=(?:\\b(?:[Pp]ropos|[Ii]ntroduc|[Pp]resent|[Dd]evelop|[Dd]esign|[Oo]ffer|[Ss]tud"
              + "|[Cc]reat|[Bb]uild|[Cc]onstruct|[Dd]evis|[Ff]ormulat|[Cc]ontribut)(?:e|es|ed|ing"
              + "|s|y|ies|ied|t|ts)?|[,\u2013\u2014]) )"
              + "([Aa]n?) (?:novel|innovative|groundbreaking|pioneering)(?:,| and)? "
              + "(?:(?<=, )([a-z][\\w-]*), (?=(?:and|or) [a-z]))?(?=([a-z]+))");

  /**
   * An intensifier before a verb of gain: "significantly outperforms"; summ23 added the grades of
   * the same kind, "greatly", "considerably", "markedly", "notably", "drastically" and
   * "dramatically" ("greatly outperforms", "dramatically enhances"), none after a negation ("cannot
   * significantly improve" says the gain is small, which "cannot improve" would not).
   */
  private static final Pattern GAIN =
      Pattern.compile(
          "(?<!\\b(?:not|cannot|never|n't|without) )\\b(?:significantly|substantially|greatly"
              + "|considerably|markedly|notably|drastically|dramatically) "
              + "(?=(?:improv|outperform|enhanc|surpass|boost)"
              + "(?:e|es|ed|ing|s)?\\b)");

  /** The words {@link #GAIN} opens on, sought plainly first: most summaries have none. */
  private static final List<String> GAIN_CUES =
      List.of(
          "significantly ",
          "substantially ",
          "greatly ",
          "considerably ",
          "markedly ",
          "notably ",
          "drastically ",
          "dramatically ");

  /** "remarkably" inside a sentence, before the word it praises: "generalizes remarkably well". */
  private static final Pattern REMARKABLY = Pattern.compile("(?<=[a-z] )remarkably (?=[a-z])");

  /**
   * summ23: "remarkable" or "impressive" grading a gain the summary states ("demonstrate remarkable
   * performance improvements", "shows remarkable improvements of 2-6%"): the gain is the claim, the
   * grade no measure, as "significantly outperforms" is not.
   */
  private static final Pattern GRADED_GAIN =
      Pattern.compile(
          "(?<=[a-z] )(?:remarkable|impressive) (?=(?:[a-z-]+ )?(?:improvements?|gains?"
              + "|reductions?|speedups?)\\b)");

  /**
   * summ23: "a remarkable" or "an impressive" before a figure ("achieves a remarkable 15-fold
   * reduction", "reaching an impressive 75.10% on HumanEval"): the figure says how much. Groups:
   * the article, the figure, the word after it.
   */
  private static final Pattern GRADED_FIGURE =
      Pattern.compile("\\b([Aa]n?) (?:remarkable|impressive) ([+~]?[0-9][^\\s]*)(?=( [a-z]+)?)");

  /**
   * summ24: "a comprehensive" (or "thorough", "exhaustive") grading the paper's own review or study
   * ("Provides a comprehensive review of X", "Conducts a comprehensive empirical study"): what was
   * reviewed is said by what follows, and the grade is a stock phrase a fresh reader found telling
   * nothing, as "novel" tells nothing in "a novel method". Only after "a/an": kept after "first" or
   * "most", where the grade is the claim ("the first comprehensive survey"), and before a thing
   * built ("a comprehensive analysis framework", "a comprehensive dataset"). Groups: the article,
   * the word after the grade.
   */
  private static final Pattern GRADED_REVIEW =
      Pattern.compile(
          "\\b([Aa]n?) (?:comprehensive|thorough|exhaustive)(?: and)? "
              + "(?=([a-z-]+))(?=(?:[a-z-]+ ){0,2}?(?:overview|review|survey|study|analysis"
              + "|investigation|examination)s?(?![\\w-]| (?:framework|dataset|benchmark|suite|tool"
              + "|toolkit|pipeline|platform|system|method)s?\\b))");

  /** A figure spoken with a vowel first: eight, eleven, eighteen, eighty. */
  private static final Pattern SPOKEN_VOWEL = Pattern.compile("[+~]?(?:8|1[18](?![0-9]))");

  /** A word that opens on a vowel's sound, so takes "an"; compiled once. */
  private static final Pattern VOWEL_SOUND = Pattern.compile("(?:[aeio]|u(?!ni|s|t|r|bi)).*");

  private Puffery() {}

  /**
   * {@link #NOVEL} tried only where its match starts, at an article and a word of praise: its
   * look-behind tried at every character of a summary that has none is a third of the time
   * summaries take at 100k papers, and at every character of one that has is 4%.
   */
  static final CuedPattern NOVEL_CUED =
      new CuedPattern(
          NOVEL,
          Stream.of("a ", "an ", "A ", "An ")
              .flatMap(
                  article ->
                      Stream.of("novel", "innovative", "groundbreaking", "pioneering")
                          .map(praise -> article + praise))
              .toList(),
          false);

  /** The summary without the praise above; anything else as it was. */
  public static String dropped(String summary) {
    String plain = novelDropped(summary);
    if (GAIN_CUES.stream().anyMatch(plain::contains)) {
      plain = GAIN.matcher(plain).replaceAll("");
    }
    if (plain.contains("remarkably ")) {
      plain = REMARKABLY.matcher(plain).replaceAll("");
    }
    if (plain.contains("remarkable ") || plain.contains("impressive ")) {
      plain = figureDropped(GRADED_GAIN.matcher(plain).replaceAll(""));
    }
    if (plain.contains("comprehensive ")
        || plain.contains("thorough ")
        || plain.contains("exhaustive ")) {
      plain = reviewGradeDropped(plain);
    }
    return plain;
  }

  /**
   * The summary without the grade of its own review ({@link #GRADED_REVIEW}), the article agreed.
   */
  private static String reviewGradeDropped(String summary) {
    Matcher graded = GRADED_REVIEW.matcher(summary);
    StringBuilder out = new StringBuilder(summary.length());
    int kept = 0;
    while (graded.find()) {
      out.append(summary, kept, graded.start())
          .append(article(graded.group(1), graded.group(2)))
          .append(' ');
      kept = graded.end();
    }
    return out.append(summary, kept, summary.length()).toString();
  }

  /**
   * The summary without "a remarkable" before a figure: the article stays, agreed, before a figure
   * that modifies a noun ("a 15-fold reduction", "an 8-fold speedup"), and goes with the praise
   * before one that is the object itself ("reaching 75.10% on", "achieved 98.2 percent of").
   */
  private static String figureDropped(String summary) {
    Matcher figure = GRADED_FIGURE.matcher(summary);
    StringBuilder out = new StringBuilder(summary.length());
    int kept = 0;
    while (figure.find()) {
      String next = figure.group(3) == null ? "" : figure.group(3).strip();
      boolean object = next.isEmpty() || next.equals("percent") || LabelWords.functionWord(next);
      String article =
          SPOKEN_VOWEL.matcher(figure.group(2)).lookingAt()
              ? article(figure.group(1), "e")
              : article(figure.group(1), "b");
      out.append(summary, kept, figure.start())
          .append(object ? "" : article + " ")
          .append(figure.group(2));
      kept = figure.end();
    }
    return out.append(summary, kept, summary.length()).toString();
  }

  /**
   * The summary without "a novel" and its like ({@link #NOVEL}), replaced as Matcher.replaceAll
   * would (every match holds its article and praise, so the next is sought from its end).
   */
  private static String novelDropped(String summary) {
    int first = NOVEL_CUED.start(summary);
    if (first < 0) {
      return summary;
    }
    Matcher novel = NOVEL_CUED.matcher(summary);
    StringBuilder out = new StringBuilder(summary.length());
    int kept = 0;
    for (boolean found = NOVEL_CUED.find(novel, summary, first);
        found;
        found = NOVEL_CUED.find(novel, summary, novel.end())) {
      String listed = novel.group(2);
      String next = listed == null ? novel.group(3) : listed;
      out.append(summary, kept, novel.start())
          .append(article(novel.group(1), next))
          .append(' ')
          .append(listed == null ? "" : listed + " ");
      kept = novel.end();
    }
    return out.append(summary, kept, summary.length()).toString();
  }

  /** "a" or "an" as the word after it is spoken, in the case the abstract wrote it. */
  private static String article(String written, String next) {
    boolean vowel = VOWEL_SOUND.matcher(next).matches() && !next.startsWith("one");
    String spoken = vowel ? "an" : "a";
    return Character.isUpperCase(written.charAt(0))
        ? Character.toUpperCase(spoken.charAt(0)) + spoken.substring(1)
        : spoken;
  }
}
