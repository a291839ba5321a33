package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.model.Assignment;
import dev.surveyor.model.Evidence;
import dev.surveyor.model.Markdown;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Provenance;
import dev.surveyor.model.Theme;
import dev.surveyor.model.ThemeRules;
import dev.surveyor.support.Papers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A paired cue counts its weight once, and only when both of its sides are in the paper. */
class RuleScorerTest {
  private static final TextAnalyzer ANALYZER = new TextAnalyzer();
  private static final ThemeRules RULES =
      new ThemeRules(
          5,
          3,
          3,
          List.of(new ThemeRules.Cue("prompt tuning", 4, ThemeRules.Scope.ANYWHERE)),
          List.of(
              new ThemeRules.Pair(List.of("prompt", "prefix"), List.of("frozen", "freezing"), 3),
              new ThemeRules.Pair(List.of("prompt"), List.of("jailbreak"), -2)));
  private static final List<String> NOTES = new ArrayList<>();
  private static final RuleScorer CLASSIFIER =
      new RuleScorer(
          List.of(
              new Theme(
                  "peft",
                  "PEFT",
                  null,
                  1,
                  "",
                  RULES,
                  new Markdown("", new Provenance("themes/peft.md", 1)),
                  List.of())),
          ANALYZER,
          (theme, message) -> NOTES.add(message));

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  private static Assignment classify(String title, String abstractText) {
    Paper paper = Papers.paper("p", title, abstractText);
    return CLASSIFIER.score(AnalyzedPaper.of(paper, ANALYZER)).get(0);
  }

  @Test
  void bothSidesCountOnceWhereverTheyAre() {
    Assignment a =
        classify(
            "Prompts for a Frozen Model",
            "We learn prompts; the model stays frozen; prompts again, frozen again.");
    assertEquals(3, a.score());
    Evidence pair = a.evidence().get(0);
    assertEquals("prompt | prefix + frozen | freezing", pair.cue());
    assertEquals("title: Prompts + Frozen", pair.describe());
  }

  @Test
  void oneSideAloneCountsNothing() {
    assertEquals(0, classify("Prompting at scale", "We write better prompts.").score());
    assertEquals(0, classify("A frozen encoder", "Freezing the encoder saves memory.").score());
  }

  @Test
  void aPairAddsToTheCuesAndMayBeNegative() {
    Assignment a =
        classify("Prompt tuning", "Prefix vectors with the backbone freezing; a jailbreak prompt.");
    // prompt tuning in the title (4 x 3), the frozen pair (3), the jailbreak pair (-2)
    assertEquals(13, a.score());
    assertEquals(Assignment.Decision.RULES_IN, a.decision());
    assertEquals(List.of(), NOTES);
  }
}
