package dev.surveyor.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Whether a paper's nearest papers on one page, by their texts alone, are all outside a group:
 * texts read as {@link RelatedFinder} reads them (the capped cosine of the whole texts plus a
 * quarter of the titles'), without what the groups add, so the neighbours a paper would have if the
 * page had no sub-topics. Read only for the few papers asked about; for one page, so one thread. A
 * page of more than {@link #SAMPLE} papers is read on an even sample of them (as {@link
 * ClusterNames} reads shares), so that asking about a tenth of a page of 50,000 papers costs what
 * it does for 500 (on 10,000 synthetic papers, a sample of 2,000 still cost 5 s of CPU).
 */
final class PageNeighbours {
  private static final int SAMPLE = 500;

  /** How many of a paper's nearest are kept for the passes to ask of again. */
  private static final int KEPT = 16;

  /**
   * Papers whose likeness arrays ({@link #alike}) are kept for the passes: at most 4 KB each (a
   * sample of {@link #SAMPLE}), so 8 MB a page however large the survey.
   */
  private static final int LIKENESS_KEPT = 2_000;

  /** {@link Nearest#noneNear} cannot tell: the whole sample is read. */
  private static final int UNTOLD = -1;

  private final TermVectors vectors;
  private final int[] members;
  // The sample's texts and titles turned round, by term: a question reads only the postings of
  // the paper's own terms (a few thousand products), not every term of 500 papers.
  private final Postings text;
  private final Postings title;
  // one question's sums by sample position (all zero between questions)
  private final double[] textSums;
  private final double[] titleSums;
  // per paper asked about, what is kept of it for the passes to ask again
  private final Map<Integer, Known> known = new HashMap<>();
  // how many of the known papers keep their likeness
  private int likenessKept;

  /**
   * @param members the page's papers, as vector indexes
   */
  PageNeighbours(TermVectors vectors, List<Integer> members) {
    this.vectors = vectors;
    int step = Math.max(1, (members.size() + SAMPLE - 1) / SAMPLE);
    List<Integer> sample = new ArrayList<>();
    for (int i = 0; i < members.size(); i += step) {
      sample.add(members.get(i));
    }
    this.members = sample.stream().mapToInt(Integer::intValue).toArray();
    this.text = new Postings(vectors.dimensions(), this.members, vectors::vector);
    this.title = new Postings(vectors.dimensions(), this.members, vectors::title);
    this.textSums = new double[this.members.length];
    this.titleSums = new double[this.members.length];
  }

  /**
   * Whether none of the {@code k} papers of the page (of its sample, on a large page) most like
   * {@code paper} is {@code inGroup}: more than {@code k} papers outside the group are nearer than
   * the group's nearest one (a tie counts for the group). The correction passes ask again of the
   * same papers with the groups changed, so each paper's nearest are kept ({@link Nearest}); the
   * whole sample is read again only when they cannot tell.
   */
  boolean noneNear(int paper, int k, IntPredicate inGroup) {
    Nearest near = known(paper).nearest();
    int told = near.noneNear(k, inGroup);
    return told == UNTOLD ? noneNearOfAll(paper, k, inGroup) : told == 1;
  }

  /**
   * The {@code n} sampled papers (at most {@link #KEPT}) most like {@code paper}, itself left out,
   * most alike first and ties by sample position: kept for the passes, as for {@link #noneNear}.
   */
  int[] nearest(int paper, int n) {
    if (n > KEPT) {
      throw new IllegalArgumentException("only the " + KEPT + " nearest are kept: " + n);
    }
    int[] papers = known(paper).nearest().papers();
    return Arrays.copyOf(papers, Math.min(n, papers.length));
  }

  /** {@link #noneNear} read off the whole sample. */
  private boolean noneNearOfAll(int paper, int k, IntPredicate inGroup) {
    double[] alike = alike(paper);
    // the papers outside the group, scored; the group's only for its nearest
    double[] outside = new double[members.length];
    int n = 0;
    double nearestMate = Double.NEGATIVE_INFINITY;
    for (int m = 0; m < members.length; m++) {
      int other = members[m];
      if (other == paper) {
        continue;
      }
      if (inGroup.test(other)) {
        nearestMate = Math.max(nearestMate, alike[m]);
      } else {
        outside[n++] = alike[m];
      }
    }
    int nearer = 0;
    for (int i = 0; i < n; i++) {
      if (outside[i] > nearestMate && ++nearer >= k) {
        return true;
      }
    }
    return false;
  }

  /**
   * What is kept of a paper once asked about: its nearest, and for the first {@link #LIKENESS_KEPT}
   * papers its likeness to the sample (a paper in no named group is read on the groups of every
   * pass, and a paper's averages are asked for right after its nearest).
   */
  private Known known(int paper) {
    Known k = known.get(paper);
    if (k == null) {
      double[] alike = likeness(paper);
      k = new Known(nearest(paper, alike), likenessKept < LIKENESS_KEPT ? alike : null);
      likenessKept += k.alike() == null ? 0 : 1;
      known.put(paper, k);
    }
    return k;
  }

  /** A paper's nearest sampled papers and, if kept, its likeness to the sample. */
  private record Known(Nearest nearest, double[] alike) {}

  /**
   * The {@link #KEPT} sampled papers most like {@code paper}, itself left out, most alike first and
   * ties by sample position (a later paper as alike goes after); chosen in one pass, each kept one
   * at least as alike as every one left out.
   */
  private Nearest nearest(int paper, double[] alike) {
    int[] papers = new int[KEPT];
    double[] scores = new double[KEPT];
    int kept = 0;
    int others = 0;
    for (int m = 0; m < members.length; m++) {
      if (members[m] == paper) {
        continue;
      }
      others++;
      double a = alike[m];
      if (kept == KEPT && a <= scores[KEPT - 1]) {
        continue;
      }
      int at = kept == KEPT ? KEPT - 1 : kept++;
      for (; at > 0 && scores[at - 1] < a; at--) {
        papers[at] = papers[at - 1];
        scores[at] = scores[at - 1];
      }
      papers[at] = members[m];
      scores[at] = a;
    }
    return new Nearest(Arrays.copyOf(papers, kept), Arrays.copyOf(scores, kept), kept == others);
  }

  /**
   * A paper's nearest sampled papers, most alike first, and whether they are all the sample's
   * others. Enough to tell {@link #noneNear} exactly whenever one of the group is among them (no
   * paper left out is nearer than it), or when {@code k} of them are nearer than the last kept one
   * (none of the group is among them, so the group's nearest is no nearer than the last).
   */
  private record Nearest(int[] papers, double[] alike, boolean all) {
    int noneNear(int k, IntPredicate inGroup) {
      for (int i = 0; i < papers.length; i++) {
        if (inGroup.test(papers[i])) {
          // the group's nearest: only the papers before it may be nearer
          int nearer = 0;
          for (int j = 0; j < i; j++) {
            nearer += alike[j] > alike[i] ? 1 : 0;
          }
          return nearer >= k ? 1 : 0;
        }
      }
      if (all) {
        return papers.length >= k ? 1 : 0; // the group has none of the sample
      }
      double last = alike[papers.length - 1];
      int nearer = 0;
      for (int i = 0; i < papers.length && alike[i] > last; i++) {
        nearer++;
      }
      return nearer >= k ? 1 : UNTOLD;
    }
  }

  /** The sampled papers, as vector indexes. */
  int[] sample() {
    return members.clone();
  }

  /**
   * How alike {@code paper} is to each sampled paper, by position: the capped cosine of the texts
   * plus {@link RelatedFinder#TITLE_WEIGHT} of the titles'. Kept for the passes to ask again (see
   * {@link #known}); shared with the paper's other questions: read, never written.
   */
  double[] alike(int paper) {
    double[] alike = known(paper).alike();
    return alike != null ? alike : likeness(paper);
  }

  /**
   * {@link #alike}, read off the sample: each sum gets the capped products of the terms both have,
   * in term order, the same doubles added in the same order as {@link
   * SparseVector#dotCapped(float[], double)}, which adds only zeros besides.
   */
  private double[] likeness(int paper) {
    text.add(vectors.vector(paper), RelatedFinder.TERM_CAP, textSums);
    title.add(vectors.title(paper), RelatedFinder.TITLE_TERM_CAP, titleSums);
    double[] alike = new double[members.length];
    for (int m = 0; m < members.length; m++) {
      alike[m] = textSums[m] + RelatedFinder.TITLE_WEIGHT * titleSums[m];
    }
    Arrays.fill(textSums, 0);
    Arrays.fill(titleSums, 0);
    return alike;
  }

  /** The sample's vectors of one kind by term: for each term, the positions using it, weighted. */
  private static final class Postings {
    private final int[] start; // term t's postings are [start[t], start[t + 1])
    private final int[] positions;
    private final float[] weights;

    Postings(int dimensions, int[] members, IntFunction<SparseVector> vectorOf) {
      start = new int[dimensions + 1];
      for (int member : members) {
        SparseVector v = vectorOf.apply(member);
        for (int i = 0; i < v.size(); i++) {
          start[v.id(i) + 1]++;
        }
      }
      for (int t = 0; t < dimensions; t++) {
        start[t + 1] += start[t];
      }
      positions = new int[start[dimensions]];
      weights = new float[positions.length];
      int[] fill = Arrays.copyOf(start, dimensions);
      for (int m = 0; m < members.length; m++) {
        SparseVector v = vectorOf.apply(members[m]);
        for (int i = 0; i < v.size(); i++) {
          int at = fill[v.id(i)]++;
          positions[at] = m;
          weights[at] = v.weight(i);
        }
      }
    }

    /** Adds to each position's sum its capped product with {@code query}, term by term. */
    void add(SparseVector query, double cap, double[] sums) {
      for (int i = 0; i < query.size(); i++) {
        int term = query.id(i);
        float weight = query.weight(i);
        for (int at = start[term]; at < start[term + 1]; at++) {
          double product = (double) weights[at] * weight;
          sums[positions[at]] += cap <= product ? cap : product;
        }
      }
    }
  }
}
