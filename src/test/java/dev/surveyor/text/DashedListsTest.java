package dev.surveyor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.surveyor.model.Paper;
import dev.surveyor.support.FreshTexts;
import dev.surveyor.support.RealSurvey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list set off by two dashes the capture typed as hyphens (issue 22 item 2: "reasoning
 * data-varying in scale, diversity, and quality-affects"), read as dashes where no compound could
 * be meant, on the real survey and the fresh corpora.
 */
class DashedListsTest {
  @Test
  void aListBetweenAParticipleAndItsLastItemIsSetOffByDashes() {
    assertEquals(
        "how reasoning data\u2014varying in scale, diversity, and quality\u2014affects LLM",
        DashedLists.mended(
            "how reasoning data-varying in scale, diversity, and quality-affects LLM"));
    assertEquals(
        "diverse benchmarks\u2014covering question answering, commonsense reasoning, and language"
            + " modeling\u2014demonstrate that R2Q",
        DashedLists.mended(
            "diverse benchmarks-covering question answering, commonsense reasoning, and language"
                + " modeling-demonstrate that R2Q"));
    // the closing dash already read as one (CollapsedDashes: "often" opens a phrase)
    assertEquals(
        "complex reasoning\u2014spanning logical deduction, mathematical problem-solving,"
            + " commonsense inference, and multi-step reasoning\u2014often fall short",
        CapturedText.readable(
            "complex reasoning-spanning logical deduction, mathematical problem-solving,"
                + " commonsense inference, and multi-step reasoning-often fall short"));
    // a preposition after the participle: no compound's adjective takes one
    assertEquals(
        "data from diverse distributions\u2014varying in both source and difficulty.",
        DashedLists.mended(
            "data from diverse distributions-varying in both source and difficulty."));
    assertEquals(
        "intermediate, and advanced\u2014corresponding to single-product reasoning",
        DashedLists.mended("intermediate, and advanced-corresponding to single-product reasoning"));
  }

  @Test
  void compoundsAndListsNoParticipleOpensStay() {
    for (String kept :
        List.of(
            "neglect their time-varying characteristics, costs, and real-time use",
            "cover wide-ranging topics including grammar, meaning, fluency, and et cetera",
            "composing entity-corresponding codewords matched from predefined small-scale codes",
            "paired with evidence-containing scientific tables annotated with labels",
            "using at least five digit-varying instantiations to obtain",
            "a systematic, modality-spanning failure: RLHF safety alignment",
            // a list between hyphens without such a participle: its items may be compounds
            "three levels of difficulty-basic, intermediate, and advanced, each",
            // the list's last item a compound: "multi-step" is no closing dash
            "reasoning-spanning deduction, induction, and multi-step reasoning. Then",
            "at https://x.org/data-varying in scale, size, and data-affects")) {
      assertEquals(kept, DashedLists.mended(kept));
    }
  }

  /** The survey shows both papers' dashes, in the abstract as captured and in its summary. */
  @Test
  void theSurveyShowsTheDashes() throws Exception {
    List<Paper> papers = RealSurvey.captured();
    String all =
        String.join("\n", papers.stream().map(p -> p.title() + "\n" + p.abstractText()).toList());
    assertTrue(
        all.contains("reasoning data\u2014varying in scale, diversity, and quality\u2014affects"));
    assertTrue(all.contains("complex reasoning\u2014spanning logical deduction"));
    assertTrue(!all.contains("data-varying") && !all.contains("reasoning-spanning"));
  }

  /**
   * On the fresh corpora's 14,062 titles and abstracts (read after {@link CollapsedDashes}, as a
   * page reads them) the rule sets off exactly these three, each a dash by its sentence.
   */
  @Test
  void theFreshCorporaGetDashesExactlyWhereTheyWereLost() throws Exception {
    assumeTrue(FreshTexts.present(), "the fresh corpora are not there");
    List<String> mended = new ArrayList<>();
    for (FreshTexts.FreshText fresh : FreshTexts.all()) {
      String before = CollapsedDashes.mended(fresh.text());
      String after = DashedLists.mended(before);
      for (int i = 0; i < before.length(); i++) {
        if (before.charAt(i) != after.charAt(i)) {
          int start = before.lastIndexOf(' ', i) + 1;
          int end = before.indexOf(' ', i);
          mended.add(before.substring(start, end < 0 ? before.length() : end));
        }
      }
    }
    assertEquals(
        List.of(
            "distributions-varying",
            "benchmarks-covering",
            "modeling-demonstrate",
            "advanced-corresponding"),
        mended);
  }
}
