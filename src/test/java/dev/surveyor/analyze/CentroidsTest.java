package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.support.Papers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mean directions of groups, and the words that set a group apart from the rest. */
class CentroidsTest {
  // Three papers on rewards, three on attention; "study" and "learning" are in all six.
  private static final TermVectors VECTORS =
      TermVectorsTest.vectors(
          Papers.of(
              """
              Reward Models Rank Replies
              A reward model ranks replies by preference. We study learning.

              Reward Shaping for Agents
              Shaping the reward guides agents toward goals. We study learning.

              Preference Rewards at Scale
              Rewards from preference data scale. We study learning.

              Sparse Attention Kernels
              Sparse kernels cut the cost of attention. We study learning.

              Attention Sinks
              Attention gathers on the first token of agents. We study learning.

              Attention Cost Models
              Cost models predict attention latency. We study learning.
              """));

  private static final List<Integer> REWARDS = List.of(0, 1, 2);
  private static final List<Integer> ALL = List.of(0, 1, 2, 3, 4, 5);

  @Test
  void addingSumsWeightsByIdAndNormalisingMakesUnitLength() {
    double[] sum = new double[6];
    Centroids.add(sum, new SparseVector(new int[] {1, 4}, new float[] {0.6f, 0.8f}));
    Centroids.add(sum, new SparseVector(new int[] {4}, new float[] {1}));
    assertArrayEquals(new double[] {0, 0.6f, 0, 0, (double) 0.8f + 1, 0}, sum, 1e-9);
    double[] unit = Centroids.normalise(sum);
    assertEquals(1.0, unit[1] * unit[1] + unit[4] * unit[4], 1e-12);
    assertEquals(0.6 / 1.8, unit[1] / unit[4], 1e-6, "direction kept");
    assertArrayEquals(new double[3], Centroids.normalise(new double[3]), "zero stays zero, no NaN");
  }

  @Test
  void aGroupIsDescribedByWordsOfSeveralOfItsPapersThatAreRareOutsideIt() {
    // "reward" is in all three, "preference" in two; "agents" in one of them only (and one
    // outside), "study" everywhere: neither describes the group. The rarer "preference" (2 papers
    // of 6) outranks "reward" (3 of 6) though fewer of the group's papers have it.
    assertEquals(List.of("preference", "reward"), Centroids.distinctive(VECTORS, REWARDS, ALL, 10));
    assertEquals(List.of("preference"), Centroids.distinctive(VECTORS, REWARDS, ALL, 1));
    assertEquals(
        List.of("cost", "attention"), Centroids.distinctive(VECTORS, List.of(3, 4, 5), ALL, 10));
  }

  @Test
  void aWordOfOnlyOnePaperInTheGroupDoesNotDescribeIt() {
    // Of the first two papers, "agents" and "preference" are each in one, so neither counts,
    // though each is rarer outside the two than in them.
    assertEquals(List.of("reward"), Centroids.distinctive(VECTORS, List.of(0, 1), ALL, 10));
  }

  @Test
  void aGroupLikeItsBackgroundHasNoDistinctiveWords() {
    assertEquals(List.of(), Centroids.distinctive(VECTORS, ALL, ALL, 10));
  }
}
