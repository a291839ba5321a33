package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.model.Paper;
import dev.surveyor.support.Papers;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** TF-IDF weights, the vocabulary they range over, and how each term is named. */
class TermVectorsTest {
  // "study" and "learning" are in every paper; "cost" and "kernel" in two (the third paper has
  // "kernel" only in its title); "2024" is in two but only digits; "token" in one.
  private static final List<Paper> PAPERS =
      Papers.of(
          """
          Reward Models Rank Replies
          A reward model ranks replies by preference. We study learning.

          Reward Shaping for Agents
          Shaping the reward guides agents toward goals. We study learning.

          Sparse Attention Kernels
          Sparse layouts cut the cost of attention in 2024. We study learning.

          Attention Sinks
          Attention gathers on the first token at little cost; custom kernels help in 2024. \
          We study learning.
          """);

  /** The vectors of papers counted in one slice. */
  static TermVectors vectors(List<Paper> papers) {
    return TermVectors.build(List.of(counted(papers)));
  }

  private static TermVectors.Counter counted(List<Paper> papers) {
    TermVectors.Counter counter = new TermVectors.Counter();
    try (TextAnalyzer analyzer = new TextAnalyzer()) {
      papers.forEach(p -> counter.add(AnalyzedPaper.of(p, analyzer)));
    }
    return counter;
  }

  /** The id of a word's analysed form, or -1 when it is not in the vocabulary. */
  static int id(TermVectors vectors, String word) {
    String term;
    try (TextAnalyzer analyzer = new TextAnalyzer()) {
      term = analyzer.terms(word).get(0);
    }
    return IntStream.range(0, vectors.dimensions())
        .filter(t -> vectors.term(t).equals(term))
        .findFirst()
        .orElse(-1);
  }

  static double weight(TermVectors vectors, int paper, String word) {
    int id = id(vectors, word);
    SparseVector v = vectors.vector(paper);
    for (int i = 0; i < v.size(); i++) {
      if (v.id(i) == id) {
        return v.weight(i);
      }
    }
    return 0;
  }

  @Test
  void aTermInEveryPaperWeighsLessThanOneInTwoByTheirIdf() {
    TermVectors vectors = vectors(PAPERS);
    // Both once in the third paper's abstract: only the inverse document frequency differs,
    // ln((n + 1) / (df + 1)) + 1 with n = 4: 1 for "study", 1 + ln(5/3) for "cost".
    double ratio = weight(vectors, 2, "cost") / weight(vectors, 2, "study");
    assertEquals(1 + Math.log(5.0 / 3), ratio, 1e-6);
    assertEquals(4, vectors.documentFrequency(id(vectors, "study")));
    assertEquals(2, vectors.documentFrequency(id(vectors, "cost")));
  }

  @Test
  void aTitleWordCountsTwice() {
    TermVectors vectors = vectors(PAPERS);
    // In the third paper "kernel" is only in the title (tf 2), "cost" only in the abstract (tf 1);
    // both are in two papers, so the weights differ by the sublinear tf, 1 + ln 2 against 1.
    double ratio = weight(vectors, 2, "kernels") / weight(vectors, 2, "cost");
    assertEquals(1 + Math.log(2), ratio, 1e-6);
  }

  @Test
  void theVocabularyHoldsOnlyWordsOfTwoPapersOrMoreAndNoNumbers() {
    TermVectors vectors = vectors(PAPERS);
    assertTrue(id(vectors, "reward") >= 0);
    assertTrue(id(vectors, "attention") >= 0);
    assertEquals(-1, id(vectors, "token"), "in one paper: relates nothing");
    assertEquals(-1, id(vectors, "2024"), "in two papers, but only digits");
    for (int t = 0; t < vectors.dimensions(); t++) {
      assertTrue(vectors.documentFrequency(t) >= 2, vectors.term(t));
      if (t > 0) {
        assertTrue(vectors.term(t - 1).compareTo(vectors.term(t)) < 0, "ids in term order");
      }
    }
  }

  @Test
  void everyVectorHasUnitLengthAndSortedIds() {
    TermVectors vectors = vectors(PAPERS);
    assertEquals(PAPERS.size(), vectors.papers());
    for (int p = 0; p < vectors.papers(); p++) {
      SparseVector v = vectors.vector(p);
      assertEquals(1.0, v.dot(v), 1e-6, "paper " + p);
      for (int i = 1; i < v.size(); i++) {
        assertTrue(v.id(i - 1) < v.id(i), "paper " + p);
      }
    }
  }

  @Test
  void slicesCountedApartGiveWhatOnePassGives() {
    TermVectors whole = vectors(PAPERS);
    TermVectors sliced =
        TermVectors.build(List.of(counted(PAPERS.subList(0, 2)), counted(PAPERS.subList(2, 4))));
    assertEquals(whole.dimensions(), sliced.dimensions());
    for (int t = 0; t < whole.dimensions(); t++) {
      assertEquals(whole.term(t), sliced.term(t));
      assertEquals(whole.surface(t), sliced.surface(t));
      assertEquals(whole.documentFrequency(t), sliced.documentFrequency(t));
    }
    for (int p = 0; p < whole.papers(); p++) {
      SparseVector a = whole.vector(p);
      SparseVector b = sliced.vector(p);
      assertEquals(a.size(), b.size());
      for (int i = 0; i < a.size(); i++) {
        assertEquals(a.id(i), b.id(i));
        assertEquals(a.weight(i), b.weight(i));
      }
    }
  }

  @Test
  void aTermIsNamedAsReadersMostOftenWroteIt() {
    TermVectors vectors =
        vectors(
            Papers.of(
                """
                SFT Before RL
                We run SFT, then RL. Reasoning improves.

                Reasoning After SFT
                Reasoning traces from SFT help reasoning.
                """));
    // "Reasoning" at the start of titles and sentences counts toward "reasoning"; an acronym
    // keeps its capitals.
    assertEquals("reasoning", vectors.surface(id(vectors, "reasoning")));
    assertEquals("SFT", vectors.surface(id(vectors, "SFT")));
  }

  @Test
  void aTieBetweenSpellingsGoesToTheFirstInCodePointOrder() {
    TermVectors vectors =
        vectors(
            Papers.of(
                """
                Adapters at Scale
                We train LoRA adapters.

                Adapters in Practice
                We train LORA adapters.
                """));
    // Once each: the choice may not depend on the order a map keeps them in.
    assertEquals("LORA", vectors.surface(id(vectors, "lora")));
  }

  @Test
  void onlyATermThatRecursWithinPapersAndIsNoFunctionWordMayNameSomething() {
    TermVectors vectors =
        vectors(
            Papers.of(
                """
                On Gradients
                The policy sets the policy update; we assess it between runs, between seeds.

                On Baselines
                A policy baseline; we assess variance between runs and between seeds.
                """));
    assertTrue(vectors.nameable(id(vectors, "policy")), "3 uses in 2 papers");
    assertFalse(vectors.nameable(id(vectors, "assess")), "once in each paper: said in passing");
    assertFalse(vectors.nameable(id(vectors, "between")), "recurs, but a function word");
  }
}
