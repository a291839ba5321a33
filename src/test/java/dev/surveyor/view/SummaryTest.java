package dev.surveyor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.ContentReader;
import dev.surveyor.ingest.ListingIngest;
import dev.surveyor.model.Content;
import dev.surveyor.model.Paper;
import dev.surveyor.support.Repo;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A list item's summary is the first opening sentence of the abstract where the authors speak, else
 * its first sentence. The scan that finds sentences must end every sentence where the rule, written
 * as a regular expression, does: on every real abstract and on the edges of the rule.
 */
class SummaryTest {
  /** The rule: 40 to 280 characters, then '.', '!' or '?', then spaces and a capital or '('. */
  private static final Pattern RULE = Pattern.compile("^(.{40,280}?[.!?])(?=\\s+[A-Z(])");

  private static int byRule(String text) {
    Matcher m = RULE.matcher(text);
    return m.find() ? m.end(1) : 0;
  }

  @Test
  void theScanEndsEveryRealAbstractsFirstSentenceWhereTheRuleDoes() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Content content = new ContentReader(Repo.content(), diagnostics).read();
    List<Paper> papers = ListingIngest.ingest(content, diagnostics).papers();
    int found = 0;
    for (Paper paper : papers) {
      String text = paper.abstractText();
      assertEquals(byRule(text), Summary.firstSentenceEnd(text), text);
      found += byRule(text) > 0 ? 1 : 0;
    }
    assertTrue(found > papers.size() / 2, "most abstracts have a first sentence: " + found);
  }

  @Test
  void aSummarySaysWhatThePaperDoesRatherThanTheStateOfTheField() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Content content = new ContentReader(Repo.content(), diagnostics).read();
    List<Paper> papers = ListingIngest.ingest(content, diagnostics).papers();
    Pattern authors =
        Pattern.compile(
            "\\b(?:we|this (?:paper|work|study|article)|here)\\b", Pattern.CASE_INSENSITIVE);
    long speaking = 0;
    for (Paper paper : papers) {
      String summary = Summary.of(paper.abstractText());
      // the summary is the abstract's own words, a tie to the sentence before ("However,") aside
      String own = summary.replace("…", "");
      assertTrue(
          paper.abstractText().contains(own)
              || paper
                  .abstractText()
                  .matches(
                      "(?s).*(However|Yet|Instead|In contrast|Nevertheless|Nonetheless), "
                          + java.util.regex.Pattern.quote(
                              Character.toLowerCase(own.charAt(0)) + own.substring(1))
                          + ".*"),
          summary);
      speaking += authors.matcher(summary).find() ? 1 : 0;
      if (paper.title().startsWith("Quiet-STaR")) {
        // its abstract opens on five sentences of background
        assertTrue(summary.startsWith("We present Quiet-STaR, a generalization of STaR"), summary);
      }
    }
    // the first sentence alone speaks for the paper in 36 of the 469
    assertTrue(speaking > papers.size() * 3 / 4, speaking + " of " + papers.size());
  }

  @Test
  void withoutTheAuthorsSpeakingTheSummaryIsTheFirstSentence() {
    String text =
        "Large language models have shown remarkable skill at many tasks. Their cost is high."
            + " Adapters cut it by a lot, as the experiments on six benchmarks show.";
    assertEquals(
        "Large language models have shown remarkable skill at many tasks.", Summary.of(text));
    assertEquals(
        "We find that adapters for large language models cut the cost.",
        Summary.of(
            "Large language models have shown remarkable skill at many tasks. However, we find that"
                + " adapters for large language models cut the cost."));
    assertEquals(
        "In this paper we study adapters for large language models in depth.",
        Summary.of(
            "Large language models have shown remarkable skill at many tasks. In this paper we study"
                + " adapters for large language models in depth."));
  }

  @Test
  void theScanFollowsTheRuleAtItsEdges() {
    String forty = "a".repeat(39);
    List<String> cases =
        new ArrayList<>(
            List.of(
                forty + ". Next", // 39 before the stop: too short
                forty + "a. Next", // 40
                "a".repeat(280) + ". Next", // 280
                "a".repeat(281) + ". Next", // 281: too long
                forty + ".Next", // no space
                forty + ". next", // no capital
                forty + ".  \t(Next", // spaces, then a bracket
                forty + "! Next",
                forty + "? Next",
                "a".repeat(20) + "\n" + forty + ". Next", // a line break before the end
                forty + ". ", // nothing after the spaces
                "\uD835\uDC00".repeat(40) + ". Next", // 40 code points, 80 chars
                "short. Then " + forty + ". More",
                "",
                forty + ".\u00A0Next")); // a no-break space is not \s
    for (String text : cases) {
      assertEquals(byRule(text), Summary.firstSentenceEnd(text), text);
    }
  }
}
