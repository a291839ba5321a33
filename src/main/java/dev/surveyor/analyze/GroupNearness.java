package dev.surveyor.analyze;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Where one paper's text sits among a page's named groups, read from its likeness to the page's
 * sampled papers ({@link PageNeighbours#alike(int)}): how near it is to each group on average (the
 * mean likeness to the group's sampled papers), and in which groups its nearest papers are. A
 * paper's single nearest papers may lie anywhere when its subject spans several groups ("Synthesis
 * by Design" generates mathematical problems with code: its nearest papers are logical, inference
 * and pretraining ones, yet it is nearer the mathematical papers on average than any other group);
 * the average says which group its text is nearest as a whole.
 */
final class GroupNearness {
  /** Nearest papers whose groups vote for where a paper belongs. */
  static final int VOTERS = 8;

  /** Votes a group needs among them, and more than any other group has. */
  static final int FEWEST_VOTES = 3;

  /**
   * How many times nearer on average than to any other group a paper in no named group must be to
   * join one: at 1.0, papers whose texts sit between two groups ("Predicting LLM Reasoning
   * Performance with Small Proxy Model", 0.128 against 0.123) joined the nearer by a hair.
   */
  static final double MARGIN = 1.1;

  private final double[] means;
  // for the votes, read only when asked: a paper's nearest may be known already
  // (PageNeighbours#nearest), and the leaving rule asks only the means
  private final int paper;
  private final int[] sample;
  private final double[] alike;
  private final int[] groupAt;

  /**
   * @param paper the paper read (left out of every group)
   * @param sample the sampled papers, as {@link PageNeighbours#sample()} gives them
   * @param alike the paper's likeness to each sampled paper, by position
   * @param groupAt per paper index, its named group, or a negative number when in none
   * @param groups how many named groups the page has
   */
  GroupNearness(int paper, int[] sample, double[] alike, int[] groupAt, int groups) {
    this.paper = paper;
    this.sample = sample;
    this.alike = alike;
    this.groupAt = groupAt;
    double[] sums = new double[groups];
    int[] counts = new int[groups];
    for (int m = 0; m < sample.length; m++) {
      int group = groupAt[sample[m]];
      if (sample[m] != paper && group >= 0) {
        sums[group] += alike[m];
        counts[group]++;
      }
    }
    this.means = new double[groups];
    for (int g = 0; g < groups; g++) {
      means[g] = counts[g] == 0 ? 0 : sums[g] / counts[g];
    }
  }

  /**
   * Whether {@code group} is among the {@code n} named groups the paper is nearest on average
   * (fewer than {@code n} others nearer).
   */
  boolean amongNearest(int group, int n) {
    int nearer = 0;
    for (int g = 0; g < means.length; g++) {
      if (g != group && means[g] > means[group]) {
        nearer++;
      }
    }
    return nearer < n;
  }

  /**
   * The group the paper's text clearly belongs to, or -1: most of its {@link #VOTERS} nearest
   * papers' groups' votes ({@link #FEWEST_VOTES} at least, more than any other group), and nearer
   * it on average than to any other group by {@link #MARGIN}.
   */
  int clearly() {
    // the nearest papers, most alike first, ties by sample position (deterministic)
    int[] nearest =
        IntStream.range(0, sample.length)
            .filter(m -> sample[m] != paper)
            .boxed()
            .sorted(Comparator.comparingDouble((Integer m) -> -alike[m]).thenComparing(m -> m))
            .limit(VOTERS)
            .mapToInt(m -> sample[m])
            .toArray();
    int best = voted(nearest, groupAt, means.length);
    return best >= 0 && nearestByMargin(best) ? best : -1;
  }

  /**
   * The group most of a paper's {@link #VOTERS} nearest papers are in ({@link #FEWEST_VOTES} at
   * least, more than any other group), or -1: the half of {@link #clearly()} that needs no more
   * than the nearest papers, asked first as it is the cheaper.
   *
   * @param nearest the paper's nearest sampled papers (indexes), most alike first, ties by sample
   *     position; only the first {@link #VOTERS} vote
   */
  static int voted(int[] nearest, int[] groupAt, int groups) {
    int[] votes = new int[groups];
    for (int i = 0; i < Math.min(VOTERS, nearest.length); i++) {
      int group = groupAt[nearest[i]];
      if (group >= 0) {
        votes[group]++;
      }
    }
    int best = -1;
    for (int g = 0; g < groups; g++) {
      if (best < 0 || votes[g] > votes[best]) {
        best = g;
      }
    }
    if (best < 0 || votes[best] < FEWEST_VOTES) {
      return -1;
    }
    for (int g = 0; g < groups; g++) {
      if (g != best && votes[g] >= votes[best]) {
        return -1;
      }
    }
    return best;
  }

  /** Whether the paper is nearer {@code group} on average than any other by {@link #MARGIN}. */
  boolean nearestByMargin(int group) {
    for (int g = 0; g < means.length; g++) {
      if (g != group && means[g] * MARGIN > means[group]) {
        return false;
      }
    }
    return true;
  }
}
