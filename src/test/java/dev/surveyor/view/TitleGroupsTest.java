package dev.surveyor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.model.Paper;
import dev.surveyor.support.Papers;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleGroupsTest {
  @Test
  void aTitleFilesUnderItsFirstLetterAccentsAndQuotesAside() {
    assertEquals("a", TitleGroups.key("A-B-B-A: Triggering Logical Reasoning Failures"));
    assertEquals("w", TitleGroups.key("\"Well, Keep Thinking\": Adaptive Reasoning"));
    assertEquals("e", TitleGroups.key("Évaluer les modèles"));
    assertEquals("l", TitleGroups.key("lo-fi tuning"));
    assertEquals(TitleGroups.OTHER, TitleGroups.key("2-bit LoRA"));
    assertEquals(TitleGroups.OTHER, TitleGroups.key("π0.6: a VLA That Learns From Experience"));
    assertEquals(TitleGroups.OTHER, TitleGroups.key("…"));
  }

  @Test
  void groupsRunFromAToZThenDigitsAndSymbolsEachInTheOrderGiven() {
    List<Paper> byTitle =
        Papers.of(
            """
            2-bit Adapters
            Quantised adapters.

            Adam Moments
            The optimiser.

            Alpaca Data
            Instructions made by a model.

            Zero Shot
            No examples.

            \u00c9tude des LLM
            French study.
            """);
    List<TitleGroups.Group> groups = TitleGroups.of(byTitle);
    assertEquals(List.of("a", "e", "z", "other"), groups.stream().map(g -> g.key()).toList());
    assertEquals(List.of("A", "E", "Z", "#"), groups.stream().map(g -> g.letter()).toList());
    assertEquals("Digits and symbols", groups.get(3).name());
    assertEquals(
        List.of("Adam Moments", "Alpaca Data"),
        groups.get(0).papers().stream().map(Paper::title).toList());
    assertEquals(
        List.of("Adam Moments", "Alpaca Data", "\u00c9tude des LLM", "Zero Shot", "2-bit Adapters"),
        TitleGroups.ordered(byTitle).stream().map(Paper::title).toList());
  }

  @Test
  void aGuideWordIsTheStartOfATitleInWholeWords() {
    assertEquals("Chain of LoRA", TitleGroups.guide("Chain of LoRA"));
    assertEquals(
        "A-B-B-A: Triggering Logical…",
        TitleGroups.guide(
            "A-B-B-A: Triggering Logical Reasoning Failures in Large Language Models"));
    assertEquals(
        "Reasoning Under 1 Billion…",
        TitleGroups.guide("Reasoning Under 1 Billion: Memory-Augmented Reinforcement Learning"));
  }
}
