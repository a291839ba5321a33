package dev.surveyor.analyze;

import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.support.RealSurvey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks a fresh reader's review of list summaries made by eye (issue 22, round 12), told by
 * form alone on the summaries as every list shows them (a curator's where there is one): the
 * authors' "we/our/us" left in, fewer than 10 words, an opening that leans on a sentence not shown
 * ("To address this", "Thus,", "This ...", "It ..."), a result with no subject ("Achieves ..."),
 * "…" at the end, "In this paper"; and the kinds round 13's sweep of all 469 found: a name and its
 * apposition with no verb ("Meteor, a vision-language model that ..."), a comma after the verb
 * ("Proposes, Code Generation ..."), a report after "and" left in the base form ("... to quantify X
 * and show that ..."), a result whose method is never named ("The best methods achieve ..."), "the
 * proposed approach called X" where nothing shown proposed it; and round 14's: a cut after a
 * participle ("designed."), "the problem" or "the conflict" of a sentence not shown, "The extensive
 * experiments ..." never shown, a later sentence's "X also ..."; and round 15's: a later sentence's
 * subject never introduced ("The taxonomy identifies ..."); and summ18's: a clause after a
 * semicolon with no verb of its own ("Asks whether X; if Y."); and summ17's: under 130 characters,
 * and mostly restating the title beside it ({@link TitleEcho}); and summ20's: "extensive
 * experiments", a lead or an adjective that says nothing ({@link ExperimentLead}); and summ22's: a
 * summary that never says the name its title opens on ({@link TitleName}); and summ23's: a later
 * sentence that says again words said together before, and an adjunct it says again that {@link
 * RepeatedPhrase} drops; and summ24's: a review or study graded as its abstract grades it ("a
 * comprehensive review", which {@link Puffery} drops); and summ25's: a summary that ends without a
 * stop (a "(e.g., \"Is X?\")" that closed its sentence, dropped by {@link SummaryLength}). Run as a
 * program it writes every summary with its kinds, and the reviewer's random 100 (seed 4242), for
 * reading by eye: {@code java ... SummaryCheck all.tsv sample.tsv}; {@code SummaryCheck --counts
 * shown.tsv} counts the kinds in a "slug TAB summary" file, the summaries a built site shows.
 */
final class SummaryCheck {
  static final String WE = "we/our/us";
  static final String SHORT = "under 10 words";
  static final String DANGLING = "dangling opener";
  static final String NO_SUBJECT = "result with no subject";
  static final String ELLIPSIS = "ends with an ellipsis";
  static final String IN_THIS_PAPER = "In this paper";
  static final String NO_VERB = "a name with no verb";
  static final String STRAY_COMMA = "comma after the verb";
  static final String UNAGREED = "report after \"and\" not agreed";
  static final String RESULT_ONLY = "result with no method";
  static final String UNSHOWN_PROPOSAL = "\"the proposed X called\"";
  static final String CUT_PARTICIPLE = "cut after a participle";
  static final String THE_PROBLEM = "\"the problem\" of a sentence not shown";
  static final String THE_REPORT = "\"The experiments ...\" never shown";
  static final String NAME_ALSO = "a name's \"also\" after what is not shown";
  static final String UNINTRODUCED = "a later sentence's subject never introduced";
  static final String SEMICOLON_FRAGMENT = "a clause after \";\" with no verb of its own";
  static final String THIN = "under 130 characters";
  static final String ECHO = "mostly restates its title";
  static final String EXTENSIVE = "\"extensive experiments\"";
  static final String TITLE_NAME = "never says the name its title opens on";
  static final String REPEATED_WORDS = "a later sentence says four words said together before";
  static final String REPEATED_ADJUNCT = "a later sentence's adjunct said before";
  static final String GRADED_REVIEW = "\"a comprehensive review\"";
  static final String NO_STOP = "ends without a stop";

  /** Every kind, in the order they are told and counted. */
  static final List<String> KINDS =
      List.of(
          WE,
          SHORT,
          DANGLING,
          NO_SUBJECT,
          ELLIPSIS,
          IN_THIS_PAPER,
          NO_VERB,
          STRAY_COMMA,
          UNAGREED,
          RESULT_ONLY,
          UNSHOWN_PROPOSAL,
          CUT_PARTICIPLE,
          THE_PROBLEM,
          THE_REPORT,
          NAME_ALSO,
          UNINTRODUCED,
          SEMICOLON_FRAGMENT,
          EXTENSIVE,
          THIN,
          ECHO,
          TITLE_NAME,
          REPEATED_WORDS,
          REPEATED_ADJUNCT,
          GRADED_REVIEW,
          NO_STOP);

  /** The seed and size of the reviewer's random sample over all papers, sorted by slug. */
  static final long REVIEW_SEED = 4242;

  static final int REVIEW_SIZE = 100;

  /**
   * A result or a step whose subject was dropped, so that the reader cannot tell what achieves it:
   * "Achieves state-of-the-art results ...", "Outperforms ...".
   */
  private static final Pattern NO_SUBJECT_START =
      Pattern.compile(
          "^(?:[A-Z][a-z]+ly )?(?:Achieves|Outperforms|Attains|Obtains|Surpasses|Yields|Reaches"
              + "|Improves|Reduces|Boosts|Matches|Performs|Scores|Exceeds)\\b");

  /**
   * A name and its apposition where the sentence's verb should be: "Meteor, a vision-language model
   * that embeds ... and trains ..., improving ...".
   */
  private static final Pattern NAME_THEN_APPOSITION =
      Pattern.compile("^[A-Z][\\w.+-]*(?: [A-Z][\\w.+-]*)*(?: \\([^)]*\\))?, (?:an?|the) ");

  /** A summary's end: its stop, and a quote or bracket it closes. */
  private static final Pattern STOPPED = Pattern.compile("[.!?][\"\u201d\u2019)\\]]*$");

  /** A comma between the verb and the name it puts forward: "Proposes, Code Generation ...". */
  private static final Pattern VERB_COMMA =
      Pattern.compile("^(?:[A-Z][a-z]+ly )?[A-Z][a-z]+s, (?=[A-Z])");

  /** A report after "and" left in the base form: "... to quantify X and show that ...". */
  private static final Pattern BASE_REPORT =
      Pattern.compile(
          "\\band (?:[a-z]+ly )?(?:show|find|demonstrate|reveal|observe|argue) that\\b");

  /** A result whose method the list never names: "The best methods achieve ...". */
  private static final Pattern RESULT_FIRST =
      Pattern.compile("^The (?:best |final )?(?:methods?|results?)\\b");

  /** "the proposed approach called V-Reason" where nothing shown proposed it. */
  /**
   * A review or study graded as its abstract grades it: "a comprehensive review of ...", "a
   * thorough examination of ...", "an exhaustive review"; a thing built after it counted too ("a
   * comprehensive analysis framework"), the wider measure.
   */
  private static final Pattern GRADED_REVIEW_WORDS =
      Pattern.compile(
          "\\b[Aa]n? (?:comprehensive|thorough|exhaustive) (?:and )?(?:[a-z-]+ ){0,2}?(?:overview"
              + "|review|survey|study|analysis|investigation|examination)s?\\b(?![\\w-])");

  private static final Pattern PROPOSED_CALLED =
      Pattern.compile(
          "\\bthe proposed (?:approach|method|framework|model|technique)"
              + " (?:called|named|termed|dubbed)\\b");

  /**
   * A cut that kept a participle without the "to" or "by" that completed it: "a novel framework
   * designed.", "text produced." (round 14); a passive ("are proposed.") is a whole clause.
   */
  private static final Pattern ENDS_ON_PARTICIPLE =
      Pattern.compile(
          "(?<!\\b(?:is|are|was|were|be|been|being) )\\b(?:designed|tailored|developed|built"
              + "|trained|used|produced|generated|intended|dedicated|aimed|crafted)\\.(?=\\s|$)");

  /** A problem or conflict only a sentence not shown stated: "to manage the conflict." */
  private static final Pattern THE_PROBLEM_BACK =
      Pattern.compile(
          "\\bthe (?:problem|issue|conflict|challenge|gap)s?\\.(?=\\s|$)"
              + "|\\b(?:address(?:es)?|solves?|tackles?) the (?:problem|issue|challenge)s? by\\b");

  /** The authors' experiments or analysis as "The ..." where the list never showed them. */
  private static final Pattern THE_REPORT_START =
      Pattern.compile(
          "^The (?:[a-z]+ )?(?:experiments|analysis|analyses|evaluations?|study|investigation)\\b");

  /** A later sentence's name doing something "also": "TRACED also significantly outperforms". */
  private static final Pattern LATER_NAME_ALSO =
      Pattern.compile("[.] (?:[A-Z][^,;:.]{0,60}, )?[A-Z][\\w.-]*[A-Z][\\w.-]* also [a-z]");

  private SummaryCheck() {}

  /** A paper's summary as the lists show it, and the kinds it is of. */
  record Row(String slug, String title, String summary, List<String> kinds) {}

  /** The kinds one summary is of, in a fixed order. */
  static List<String> kinds(String summary) {
    List<String> kinds = new ArrayList<>();
    if (SummaryVoice.authorsSpeakIn(summary)) {
      kinds.add(WE);
    }
    if (SummaryLength.words(summary) < 10) {
      kinds.add(SHORT);
    }
    if (SummaryScan.DANGLING_START.matcher(summary).find()) {
      kinds.add(DANGLING);
    }
    if (NO_SUBJECT_START.matcher(summary).find()) {
      kinds.add(NO_SUBJECT);
    }
    if (summary.endsWith("…") || summary.endsWith("...")) {
      kinds.add(ELLIPSIS);
    }
    if (SummaryScan.PAPER_ITSELF.matcher(summary).find()) {
      kinds.add(IN_THIS_PAPER);
    }
    if (!SummaryVoice.opensOnVerb(summary) && NAME_THEN_APPOSITION.matcher(summary).find()) {
      kinds.add(NO_VERB);
    }
    if (VERB_COMMA.matcher(summary).find()) {
      kinds.add(STRAY_COMMA);
    }
    if (SummaryVoice.opensOnVerb(summary) && BASE_REPORT.matcher(summary).find()) {
      kinds.add(UNAGREED);
    }
    if (RESULT_FIRST.matcher(summary).find()) {
      kinds.add(RESULT_ONLY);
    }
    if (PROPOSED_CALLED.matcher(summary).find()) {
      kinds.add(UNSHOWN_PROPOSAL);
    }
    if (ENDS_ON_PARTICIPLE.matcher(summary).find()) {
      kinds.add(CUT_PARTICIPLE);
    }
    if (THE_PROBLEM_BACK.matcher(summary).find()) {
      kinds.add(THE_PROBLEM);
    }
    if (THE_REPORT_START.matcher(summary).find()) {
      kinds.add(THE_REPORT);
    }
    if (LATER_NAME_ALSO.matcher(summary).find()) {
      kinds.add(NAME_ALSO);
    }
    if (laterSubjectUnshown(summary)) {
      kinds.add(UNINTRODUCED);
    }
    if (Sentences.of(summary, 8).stream()
        .anyMatch(sentence -> SemicolonFragment.endsOn(sentence.replaceAll("[.!?]$", "")))) {
      kinds.add(SEMICOLON_FRAGMENT);
    }
    if (summary.contains("xtensive experiments")) {
      kinds.add(EXTENSIVE);
    }
    if (repeatsWords(summary)) {
      kinds.add(REPEATED_WORDS); // summ23: Chain of LoRA's "without additional computational costs"
    }
    if (RepeatedPhrase.found(summary)) {
      kinds.add(REPEATED_ADJUNCT);
    }
    if (GRADED_REVIEW_WORDS.matcher(summary).find()) {
      kinds.add(GRADED_REVIEW); // summ24: a stock grade of the paper's own review or study
    }
    if (!STOPPED.matcher(summary).find() && !kinds.contains(ELLIPSIS)) {
      kinds.add(NO_STOP); // summ25: an aside dropped with the stop it closed on
    }
    return kinds;
  }

  /**
   * The kinds of a summary shown beside its title: also whether it is under 130 characters and
   * whether it mostly restates the title (summ17: "Proposes General-Reasoner, a training paradigm
   * designed to enhance LLM reasoning capabilities across diverse domains." beside
   * "General-Reasoner: Advancing LLM Reasoning Across All Domains").
   */
  static List<String> kinds(String summary, String title) {
    List<String> kinds = kinds(summary);
    if (summary.length() < PaperSummary.THIN_CHARACTERS) {
      kinds.add(THIN);
    }
    if (TitleEcho.restates(summary, title)) {
      kinds.add(ECHO);
    }
    if (TitleName.missed(summary, title)) {
      kinds.add(TITLE_NAME); // summ22: DeCRIM's summary named only its benchmark
    }
    return kinds;
  }

  /**
   * Whether a sentence after the first opens on a subject the sentences before it never introduced
   * (round 15): "Reviews the field of prompt-based reasoning with LLMs. The taxonomy identifies
   * ...", "Proposes X. The idea is driven by ...".
   */
  static boolean laterSubjectUnshown(String summary) {
    return laterSubjectUnshown(summary, "");
  }

  /** As above, the title beside the summary shown too: "The best model" after a title's "LLMs". */
  static boolean laterSubjectUnshown(String summary, String title) {
    List<String> sentences = Sentences.of(summary, 8);
    for (int i = 1; i < sentences.size(); i++) {
      String before = title + " " + String.join(" ", sentences.subList(0, i));
      if (Unshown.subjectUnshown(sentences.get(i), before)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sentence after the first has {@link RepeatedPhrase#FEWEST_WORDS} words of substance
   * in a row, each another, that stand together in the sentences before it, in any order (summ23):
   * the measure of the kind, wider than the adjuncts {@link RepeatedPhrase} can drop ("improves
   * open-vocabulary 3D semantic segmentation" then "achieves competitive performance in
   * open-vocabulary 3D semantic segmentation").
   */
  static boolean repeatsWords(String summary) {
    List<String> sentences = Sentences.of(summary, 8);
    int n = RepeatedPhrase.FEWEST_WORDS;
    for (int i = 1; i < sentences.size(); i++) {
      List<String> said = RepeatedPhrase.substance(String.join(" ", sentences.subList(0, i)));
      Set<Set<String>> stretches = new HashSet<>();
      for (int k = 0; k + n <= said.size(); k++) {
        stretches.add(new HashSet<>(said.subList(k, k + n)));
      }
      List<String> words = RepeatedPhrase.substance(sentences.get(i));
      for (int k = 0; k + n <= words.size(); k++) {
        Set<String> stretch = new HashSet<>(words.subList(k, k + n));
        if (stretch.size() == n && stretches.contains(stretch)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every paper's row, in slug order. */
  static List<Row> rows(Survey survey) {
    List<Row> rows = new ArrayList<>();
    for (Paper paper : bySlug(survey.papers())) {
      String summary = survey.analysisOf(paper).summary();
      rows.add(new Row(paper.slug(), paper.title(), summary, kinds(summary, paper.title())));
    }
    return rows;
  }

  /** How many rows are of each kind, every kind listed. */
  static Map<String, Integer> counts(List<Row> rows) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String kind : KINDS) {
      counts.put(kind, (int) rows.stream().filter(r -> r.kinds().contains(kind)).count());
    }
    return counts;
  }

  /** The reviewer's sample: the rows shuffled with the seed, the first {@code n}. */
  static List<Row> sample(List<Row> rows, long seed, int n) {
    List<Row> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(seed));
    return shuffled.subList(0, Math.min(n, shuffled.size()));
  }

  private static List<Paper> bySlug(List<Paper> papers) {
    List<Paper> sorted = new ArrayList<>(papers);
    sorted.sort(Comparator.comparing(Paper::slug));
    return sorted;
  }

  /**
   * How many lines of a "slug TAB summary" file are of each kind: the summaries a site showed, read
   * from its pages, to count before and after a change.
   */
  static Map<String, Integer> countsOf(Path slugSummaries) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(slugSummaries, StandardCharsets.UTF_8)) {
      String[] cells = line.split("\t", 2);
      rows.add(new Row(cells[0], "", cells[1], kinds(cells[1])));
    }
    return counts(rows);
  }

  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("--counts")) {
      System.out.println(countsOf(Path.of(args[1])));
      return;
    }
    List<Row> rows = rows(RealSurvey.analysed());
    write(Path.of(args[0]), rows);
    if (args.length > 1) {
      write(Path.of(args[1]), sample(rows, REVIEW_SEED, REVIEW_SIZE));
    }
    System.out.println(rows.size() + " summaries: " + counts(rows));
  }

  private static void write(Path path, List<Row> rows) throws IOException {
    StringBuilder out = new StringBuilder("slug\ttitle\twords\tkinds\tsummary\n");
    for (Row r : rows) {
      out.append(r.slug())
          .append('\t')
          .append(r.title())
          .append('\t')
          .append(SummaryLength.words(r.summary()))
          .append('\t')
          .append(String.join(", ", r.kinds()))
          .append('\t')
          .append(r.summary().replace('\t', ' ').replace('\n', ' '))
          .append('\n');
    }
    Files.writeString(path, out, StandardCharsets.UTF_8);
  }
}
