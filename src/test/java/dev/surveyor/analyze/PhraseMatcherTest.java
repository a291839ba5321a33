package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Phrases found as written: the analyser drops stop words, so "Retrieval and Augmentation" and
 * "retrieval-augmented" have the same terms; a phrase added as written is found only where the text
 * drops a word (other than an article) exactly where the phrase does.
 */
class PhraseMatcherTest {
  private static final TextAnalyzer ANALYZER = new TextAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  private static int found(String phrase, String text) {
    PhraseMatcher<String> matcher = new PhraseMatcher<>();
    matcher.add(phrase, ANALYZER.tokens(phrase), phrase);
    return matcher.find(ANALYZER.tokens(text), text).size();
  }

  @Test
  void aWordBetweenThePhrasesWordsIsAnotherPhrase() {
    assertEquals(0, found("retrieval-augmented", "Corpus Retrieval and Augmentation (CRAFT)"));
    assertEquals(0, found("code data", "Code and data are released."));
    assertEquals(0, found("optimization modeling", "the optimization of the model"));
  }

  @Test
  void spellingsOfThePhraseAndArticlesAreTheSamePhrase() {
    assertEquals(1, found("retrieval-augmented", "Retrieval-Augmented Generation"));
    assertEquals(1, found("retrieval-augmented", "retrieval augmented generation"));
    assertEquals(1, found("during pretraining", "seen during the pretraining of the model"));
    assertEquals(1, found("mixture of experts", "a mixture-of-experts model"));
    assertEquals(0, found("mixture of experts", "a mixture experts model"));
  }

  @Test
  void termsAddedWithoutTheirWritingMatchAsBefore() {
    PhraseMatcher<String> matcher = new PhraseMatcher<>();
    matcher.add(ANALYZER.terms("retrieval-augmented"), "rag");
    String text = "Corpus Retrieval and Augmentation";
    assertEquals(1, matcher.find(ANALYZER.tokens(text)).size());
    assertEquals(1, matcher.find(ANALYZER.tokens(text), text).size());
    assertEquals(
        List.of("rag"), matcher.find(ANALYZER.tokens(text)).stream().map(m -> m.value()).toList());
  }
}
