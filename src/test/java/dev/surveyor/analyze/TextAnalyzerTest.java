package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
  private static final TextAnalyzer ANALYZER = new TextAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  private static List<String> terms(String text) {
    return ANALYZER.terms(text);
  }

  @Test
  void spellingsOfFineTuningMeet() {
    assertEquals(terms("fine-tuning"), terms("Fine tuned"));
    assertEquals(
        List.of("paramet", "effici", "fine", "tune"), terms("the parameter-efficient fine-tuning"));
  }

  @Test
  void adaptersAreNotAdaptation() {
    assertEquals(terms("adapter layers"), terms("Adapters layer"));
    assertNotEquals(terms("adapter"), terms("adaptation"));
    assertNotEquals(terms("adapters"), terms("adaptive"));
    assertEquals(terms("adapting"), terms("adaptation"));
  }

  @Test
  void progressiveTrainingIsNotProgress() {
    assertEquals(terms("progressive"), terms("progressively"));
    assertNotEquals(terms("progressive"), terms("recent progress"));
  }

  @Test
  void theAimeBenchmarkIsNotAnAim() {
    assertEquals(List.of("aime", "aim"), terms("AIME aims"));
  }

  @Test
  void offsetsPointAtTheOriginalWords() {
    String text = "Tuning:Adapters' weights";
    List<Token> tokens = ANALYZER.tokens(text);
    assertEquals(List.of("tune", "adapter", "weight"), tokens.stream().map(Token::term).toList());
    assertEquals("Adapters", text.substring(tokens.get(1).start(), tokens.get(1).end()));
  }
}
