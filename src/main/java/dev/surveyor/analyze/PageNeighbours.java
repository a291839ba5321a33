package dev.surveyor.analyze;

import java.util.ArrayList;
import java.util.List;
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

  private final TermVectors vectors;
  private final int[] members;
  // the paper asked about, scattered by term id (all zero between questions)
  private final float[] text;
  private final float[] title;

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
    this.text = new float[vectors.dimensions()];
    this.title = new float[vectors.dimensions()];
  }

  /**
   * Whether none of the {@code k} papers of the page (of its sample, on a large page) most like
   * {@code paper} is {@code inGroup}: more than {@code k} papers outside the group are nearer than
   * the group's nearest one (a tie counts for the group).
   */
  boolean noneNear(int paper, int k, IntPredicate inGroup) {
    SparseVector paperText = vectors.vector(paper);
    SparseVector paperTitle = vectors.title(paper);
    paperText.scatter(text);
    paperTitle.scatter(title);
    try {
      // the papers outside the group, scored; the group's only for its nearest
      double[] outside = new double[members.length];
      int n = 0;
      double nearestMate = Double.NEGATIVE_INFINITY;
      for (int other : members) {
        if (other == paper) {
          continue;
        }
        double alike =
            vectors.vector(other).dotCapped(text, RelatedFinder.TERM_CAP)
                + RelatedFinder.TITLE_WEIGHT
                    * vectors.title(other).dotCapped(title, RelatedFinder.TITLE_TERM_CAP);
        if (inGroup.test(other)) {
          nearestMate = Math.max(nearestMate, alike);
        } else {
          outside[n++] = alike;
        }
      }
      int nearer = 0;
      for (int i = 0; i < n; i++) {
        if (outside[i] > nearestMate && ++nearer >= k) {
          return true;
        }
      }
      return false;
    } finally {
      paperText.clear(text);
      paperTitle.clear(title);
    }
  }
}
