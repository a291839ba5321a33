package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.build.Site;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.model.Paper;
import dev.surveyor.support.Papers;
import dev.surveyor.support.Repo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Where a paper's nearest papers on a page are, by their texts: two reward papers, two attention
 * papers, and a paper on reward shaping for attention heads that is nearer the reward papers.
 */
class PageNeighboursTest {
  private static final List<Paper> PAPERS =
      Papers.of(
          """
          Reward Models Rank Replies
          A reward model ranks replies by preference; the reward is learned from pairs.

          Reward Shaping for Agents
          Shaping the reward guides agents; the reward model is learned from preference pairs.

          Sparse Attention Kernels
          Sparse layouts cut the cost of attention with custom kernels.

          Attention Sinks
          Attention gathers on the first token; custom kernels keep the cost of attention low.

          Rewards for Preference Pairs
          A reward model learned from preference pairs ranks replies.
          """);

  private final PageNeighbours page =
      new PageNeighbours(
          TermVectorsTest.vectors(PAPERS), IntStream.range(0, PAPERS.size()).boxed().toList());

  @Test
  void aPaperWhoseNearestAreAllElsewhereIsNoneNear() {
    // paper 4's two nearest are the reward papers: none of them is in a group of 2 and 3
    assertTrue(page.noneNear(4, 2, Set.of(2, 3)::contains));
    // the group of the reward papers holds its nearest
    assertFalse(page.noneNear(4, 2, Set.of(0, 1)::contains));
    // asked for more neighbours than there are papers outside the group: one of them is the group's
    assertFalse(page.noneNear(4, 3, Set.of(2, 3)::contains));
  }

  @Test
  void aGroupWithNoOtherPaperOnThePageIsNearNobody() {
    assertTrue(page.noneNear(2, 2, Set.of(2)::contains));
  }

  /**
   * Read from the sample turned round by term, each paper's likeness to every sampled paper is, bit
   * for bit, the capped cosines of the texts and titles (SparseVector.dotCapped) it stands for: on
   * every paper of the real survey, on a page of all of them and on a page twice as large that is
   * sampled.
   */
  @Test
  void likenessIsTheCappedCosinesBitForBitOnTheRealSurvey() throws Exception {
    List<Paper> papers = Site.load(Repo.content(), null, new Diagnostics()).corpus().papers();
    TermVectors vectors = TermVectorsTest.vectors(papers);
    List<Integer> all = IntStream.range(0, papers.size()).boxed().toList();
    List<Integer> twice = new ArrayList<>(all);
    twice.addAll(all);
    for (List<Integer> members : List.of(all, twice)) {
      PageNeighbours neighbours = new PageNeighbours(vectors, members);
      int[] sample = neighbours.sample();
      float[] text = new float[vectors.dimensions()];
      float[] title = new float[vectors.dimensions()];
      for (int paper = 0; paper < papers.size(); paper++) {
        vectors.vector(paper).scatter(text);
        vectors.title(paper).scatter(title);
        double[] alike = neighbours.alike(paper);
        for (int m = 0; m < sample.length; m++) {
          double expected =
              vectors.vector(sample[m]).dotCapped(text, RelatedFinder.TERM_CAP)
                  + RelatedFinder.TITLE_WEIGHT
                      * vectors.title(sample[m]).dotCapped(title, RelatedFinder.TITLE_TERM_CAP);
          String pair = papers.get(paper).slug() + " and " + papers.get(sample[m]).slug();
          assertEquals(
              Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(alike[m]), pair);
        }
        vectors.vector(paper).clear(text);
        vectors.title(paper).clear(title);
      }
    }
  }

  /**
   * What the kept nearest papers tell is what the whole sample tells: every paper of the real
   * survey asked again and again with other groups (dense, sparse and of one paper), for few
   * neighbours and for more than are kept, on a page of all of them and on a page twice as large
   * that is sampled.
   */
  @Test
  void theKeptNearestTellWhatTheWholeSampleTellsOnTheRealSurvey() throws Exception {
    List<Paper> papers = Site.load(Repo.content(), null, new Diagnostics()).corpus().papers();
    TermVectors vectors = TermVectorsTest.vectors(papers);
    List<Integer> all = IntStream.range(0, papers.size()).boxed().toList();
    List<Integer> twice = new ArrayList<>(all);
    twice.addAll(all);
    int told = 0;
    for (List<Integer> members : List.of(all, twice)) {
      PageNeighbours neighbours = new PageNeighbours(vectors, members);
      int[] sample = neighbours.sample();
      for (int every : new int[] {2, 3, 7, 50, papers.size()}) {
        for (int k : new int[] {1, 4, 16, 40}) {
          for (int paper = 0; paper < papers.size(); paper++) {
            int group = paper % 3;
            IntPredicate inGroup = other -> other % every == group;
            boolean expected = noneNearOfAll(neighbours.alike(paper), sample, paper, k, inGroup);
            assertEquals(
                expected, neighbours.noneNear(paper, k, inGroup), papers.get(paper).slug());
            told += expected ? 1 : 0;
          }
        }
      }
    }
    assertTrue(told > 0);
  }

  /**
   * The votes of a paper's kept nearest papers, then its averages, choose the group its likeness to
   * the whole sample chooses ({@link GroupNearness#clearly()}): every paper of the real survey, in
   * groups by which of three papers it is most like (so that many are clear), on a page of all of
   * them and on one twice as large that is sampled.
   */
  @Test
  void theKeptNearestVoteAsTheWholeSampleDoesOnTheRealSurvey() throws Exception {
    List<Paper> papers = Site.load(Repo.content(), null, new Diagnostics()).corpus().papers();
    TermVectors vectors = TermVectorsTest.vectors(papers);
    List<Integer> all = IntStream.range(0, papers.size()).boxed().toList();
    List<Integer> twice = new ArrayList<>(all);
    twice.addAll(all);
    int clear = 0;
    for (List<Integer> members : List.of(all, twice)) {
      PageNeighbours neighbours = new PageNeighbours(vectors, members);
      int[] sample = neighbours.sample();
      int[] seeds = {sample[0], sample[sample.length / 3], sample[2 * sample.length / 3]};
      int[] groupAt = new int[papers.size()];
      for (int paper = 0; paper < papers.size(); paper++) {
        groupAt[paper] = paper % 5 == 0 ? -1 : mostLike(vectors, paper, seeds);
      }
      for (int paper = 0; paper < papers.size(); paper++) {
        double[] alike = neighbours.alike(paper);
        int expected = new GroupNearness(paper, sample, alike, groupAt, 3).clearly();
        int voted =
            GroupNearness.voted(neighbours.nearest(paper, GroupNearness.VOTERS), groupAt, 3);
        boolean near =
            voted >= 0
                && new GroupNearness(paper, sample, neighbours.alike(paper), groupAt, 3)
                    .nearestByMargin(voted);
        assertEquals(expected, near ? voted : -1, papers.get(paper).slug());
        clear += expected >= 0 ? 1 : 0;
      }
    }
    assertTrue(clear > 100, "clear: " + clear);
  }

  /** Which of the seeds the paper's text is most like (the first of equals). */
  private static int mostLike(TermVectors vectors, int paper, int[] seeds) {
    int best = 0;
    for (int s = 1; s < seeds.length; s++) {
      if (vectors.vector(paper).dot(vectors.vector(seeds[s]))
          > vectors.vector(paper).dot(vectors.vector(seeds[best]))) {
        best = s;
      }
    }
    return best;
  }

  /** The rule read off every sampled paper, as written before the nearest were kept. */
  private static boolean noneNearOfAll(
      double[] alike, int[] sample, int paper, int k, IntPredicate inGroup) {
    double nearestMate = Double.NEGATIVE_INFINITY;
    List<Double> outside = new ArrayList<>();
    for (int m = 0; m < sample.length; m++) {
      if (sample[m] == paper) {
        continue;
      }
      if (inGroup.test(sample[m])) {
        nearestMate = Math.max(nearestMate, alike[m]);
      } else {
        outside.add(alike[m]);
      }
    }
    double mate = nearestMate;
    return outside.stream().filter(a -> a > mate).count() >= k;
  }
}
