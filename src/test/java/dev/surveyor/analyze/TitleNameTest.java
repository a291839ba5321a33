package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.support.RealSurvey;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A fresh reader (summ22) found DeCRIM's list summary naming only its benchmark, and RewardMap's
 * using the name without saying what it is: a summary that misses the name its title opens on gives
 * way to the sentence that puts that name forward within three sentences ({@link TitleName}).
 */
class TitleNameTest {
  @Test
  void aCoinedNameTheTitleOpensOnOrEndsOnAfterWithIsTheTitlesName() {
    assertEquals(
        Optional.of("CoT-Valve"),
        TitleName.of("CoT-Valve: Length-Compressible Chain-of-Thought Tuning"));
    assertEquals(Optional.of("LIMIT"), TitleName.of("LIMIT: Less Is More for Instruction Tuning"));
    assertEquals(Optional.of("UL2"), TitleName.of("UL2: Unifying Language Learning Paradigms"));
    assertEquals(
        Optional.of("DeCRIM"),
        TitleName.of("LLM Self-Correction with DeCRIM: Decompose, Critique, and Refine"));
    // words of the field or of plain English name no method
    assertEquals(
        Optional.empty(), TitleName.of("Beyond Accuracy: Dissecting Mathematical Reasoning"));
    assertEquals(
        Optional.empty(), TitleName.of("Echo Chamber: RL Post-training Amplifies Behaviors"));
    assertEquals(Optional.empty(), TitleName.of("Reasoning with LLMs: A Survey"));
    assertEquals(Optional.empty(), TitleName.of("A Survey of Reasoning"));
  }

  @Test
  void aNameIsSaidAsAWordOrByTheHeadOfItsHyphen() {
    assertTrue(TitleName.named("Proposes Difficulty-Aware Rejection Tuning (DART).", "DART-Math"));
    assertTrue(TitleName.named("Trains LLaMA-SciTune on ...", "SciTune"));
    assertFalse(TitleName.named("Uses knowledge graphs (KGs).", "KG-Agent"));
    assertFalse(TitleName.named("Trains the Flow using online DPO.", "Flow-DPO"));
    assertFalse(TitleName.named("Introduces RealInstruct, the first benchmark ...", "DeCRIM"));
  }

  @Test
  void theRealSummariesTheReaderFlaggedNowSayWhatTheTitlesNameIs() {
    Survey survey = RealSurvey.analysed();
    Map<String, String> opens =
        Map.of(
            "llm-self-correction-with-decrim-decompose-critique-and",
                "Proposes the Decompose, Critique and Refine (DeCRIM)",
            "rewardmap-tackling-sparse-rewards-in-fine-grained-visual",
                "Proposes RewardMap, a multi-stage RL framework",
            "cot-valve-length-compressible-chain-of-thought-tuning",
                "Introduces a new tuning and inference strategy named CoT-Valve");
    for (Paper paper : survey.papers()) {
      String opening = opens.get(paper.slug());
      if (opening != null) {
        String summary = survey.analysisOf(paper).summary();
        assertTrue(summary.startsWith(opening), summary);
      }
    }
    assertEquals(3, survey.papers().stream().filter(p -> opens.containsKey(p.slug())).count());
  }

  /**
   * The name is found by hand where the pattern made of it would find it: on every title's name, in
   * its own abstract and the next paper's, and its hyphenated head alone.
   */
  @Test
  void aNameIsSaidWhereThePatternMadeOfItFindsIt() {
    List<Paper> papers = RealSurvey.captured();
    int said = 0;
    int names = 0;
    for (int i = 0; i < papers.size(); i++) {
      Optional<String> name = TitleName.of(papers.get(i).title());
      if (name.isEmpty()) {
        continue;
      }
      names++;
      for (Paper paper : List.of(papers.get(i), papers.get((i + 1) % papers.size()))) {
        String text = paper.abstractText() + " " + name.get() + "-based " + name.get() + "s";
        for (String shown : List.of(paper.abstractText(), text)) {
          boolean expected = byPattern(shown, name.get());
          assertEquals(expected, TitleName.named(shown, name.get()), name.get() + " in " + shown);
          said += expected ? 1 : 0;
        }
      }
    }
    assertTrue(names > 20 && said > 20, names + " names, said " + said + " times");
  }

  /** What the summ22 rule read by a pattern compiled per word. */
  private static boolean byPattern(String text, String name) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (says(lower, name.toLowerCase(Locale.ROOT))) {
      return true;
    }
    int hyphen = name.indexOf('-');
    return hyphen >= 4
        && name.substring(0, hyphen).matches("^.[^A-Z0-9]*[A-Z0-9].*")
        && says(lower, name.substring(0, hyphen).toLowerCase(Locale.ROOT));
  }

  private static boolean says(String lower, String word) {
    return Pattern.compile("(?<![\\w])" + Pattern.quote(word) + "(?![a-z0-9])")
        .matcher(lower)
        .find();
  }
}
