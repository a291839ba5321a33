package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Search's stems against the analyser's: apart only where Porter folds unlike words together. */
class SearchStemsTest {
  @Test
  void generalizingAndGeneratingAreTwoStemsForSearchAndOneForTheAnalysis() {
    try (TextAnalyzer analyzer = new TextAnalyzer()) {
      SearchStems search = new SearchStems(analyzer);
      String general = search.of("generalization");
      String generate = search.of("generation");
      assertNotEquals(general, generate);
      for (String word : List.of("general", "generalize", "generalizes", "generality")) {
        assertEquals(general, search.of(word), word);
      }
      for (String word : List.of("generate", "generated", "generative", "generations")) {
        assertEquals(generate, search.of(word), word);
      }
      assertNotEquals(search.of("community"), search.of("communication"));
      // themes, related papers and sub-topics still read Porter's one stem
      assertEquals(analyzer.stem("generation"), analyzer.stem("generalization"));
    }
  }

  @Test
  void everyOtherWordKeepsTheAnalysersStem() {
    try (TextAnalyzer analyzer = new TextAnalyzer()) {
      SearchStems search = new SearchStems(analyzer);
      for (String word :
          List.of("llms", "llm", "adapters", "reasoning", "distillation", "formative", "related")) {
        assertEquals(analyzer.stem(word), search.of(word), word);
      }
    }
  }
}
