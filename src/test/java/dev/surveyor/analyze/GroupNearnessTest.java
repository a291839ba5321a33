package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where a paper's text sits among a page's groups, on likenesses given by hand. */
class GroupNearnessTest {
  // papers 0..8 sampled; paper 0 is the one read
  private static final int[] SAMPLE = {0, 1, 2, 3, 4, 5, 6, 7, 8};

  @Test
  void aGroupHoldingMostOfTheNearestPapersAndNearestOnAverageIsClear() {
    // group 0: papers 1-4, group 1: papers 5-6, none: 7-8
    int[] groupAt = {-1, 0, 0, 0, 0, 1, 1, -1, -1};
    double[] alike = {1.0, 0.30, 0.28, 0.26, 0.24, 0.20, 0.10, 0.05, 0.01};
    GroupNearness near = new GroupNearness(0, SAMPLE, alike, groupAt, 2);
    assertEquals(0, near.clearly());
    assertTrue(near.amongNearest(0, 1));
    assertTrue(near.amongNearest(1, 2));
    assertFalse(near.amongNearest(1, 1));
  }

  @Test
  void twoGroupsAlikeOnAverageLeaveNoClearGroup() {
    // group 0 holds the nearest papers, but group 1 is within the margin on average
    int[] groupAt = {-1, 0, 0, 0, 1, 1, 1, -1, -1};
    double[] alike = {1.0, 0.30, 0.29, 0.10, 0.22, 0.21, 0.20, 0.05, 0.01};
    GroupNearness near = new GroupNearness(0, SAMPLE, alike, groupAt, 2);
    // group 0: 3 of the nearest 8, mean 0.23; group 1: 3, mean 0.21: a tie in votes
    assertEquals(-1, near.clearly());
  }

  @Test
  void aPaperIsNotItsOwnNeighbour() {
    // paper 0 is in group 0 itself: only papers 1 and 2 of group 0 vote, too few
    int[] groupAt = {0, 0, 0, 1, -1, -1, -1, -1, -1};
    double[] alike = {1.0, 0.30, 0.28, 0.01, 0.2, 0.2, 0.2, 0.2, 0.2};
    GroupNearness near = new GroupNearness(0, SAMPLE, alike, groupAt, 2);
    assertEquals(-1, near.clearly());
    assertTrue(near.amongNearest(0, 1));
  }
}
