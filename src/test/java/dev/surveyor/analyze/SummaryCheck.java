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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The checks a fresh reader's review of list summaries made by eye (issue 22, round 12), told by
 * form alone on the summaries as every list shows them (a curator's where there is one): the
 * authors' "we/our/us" left in, fewer than 10 words, an opening that leans on a sentence not shown
 * ("To address this", "Thus,", "This ...", "It ..."), a result with no subject ("Achieves ..."),
 * "…" at the end, "In this paper". Run as a program it writes every summary with its kinds, and the
 * reviewer's random 100 (seed 4242), for reading by eye: {@code java ... SummaryCheck all.tsv
 * sample.tsv}.
 */
final class SummaryCheck {
  static final String WE = "we/our/us";
  static final String SHORT = "under 10 words";
  static final String DANGLING = "dangling opener";
  static final String NO_SUBJECT = "result with no subject";
  static final String ELLIPSIS = "ends with an ellipsis";
  static final String IN_THIS_PAPER = "In this paper";

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
    return kinds;
  }

  /** Every paper's row, in slug order. */
  static List<Row> rows(Survey survey) {
    List<Row> rows = new ArrayList<>();
    for (Paper paper : bySlug(survey.papers())) {
      String summary = survey.analysisOf(paper).summary();
      rows.add(new Row(paper.slug(), paper.title(), summary, kinds(summary)));
    }
    return rows;
  }

  /** How many rows are of each kind, every kind listed. */
  static Map<String, Integer> counts(List<Row> rows) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String kind : List.of(WE, SHORT, DANGLING, NO_SUBJECT, ELLIPSIS, IN_THIS_PAPER)) {
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

  public static void main(String[] args) throws IOException {
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
