package dev.surveyor.analyze;

import java.util.Arrays;
import java.util.List;

/**
 * The papers of one page most like a paper, by their texts alone, as {@link RelatedFinder} reads
 * texts (the capped cosine of the whole texts plus a quarter of the titles'), without what the
 * groups add: the neighbours a paper would have if the page had no sub-topics. Read only for the
 * few papers asked about; for one page, so one thread.
 */
final class PageNeighbours {
  private final TermVectors vectors;
  private final List<Integer> members;

  /**
   * @param members the page's papers, as vector indexes
   */
  PageNeighbours(TermVectors vectors, List<Integer> members) {
    this.vectors = vectors;
    this.members = members;
  }

  /**
   * The {@code k} papers of the page most like {@code paper}, best first (lower index on a tie).
   */
  int[] nearest(int paper, int k) {
    long[] keys = new long[members.size()];
    int n = 0;
    SparseVector text = vectors.vector(paper);
    SparseVector title = vectors.title(paper);
    for (int other : members) {
      if (other == paper) {
        continue;
      }
      double alike =
          text.dotCapped(vectors.vector(other), RelatedFinder.TERM_CAP)
              + RelatedFinder.TITLE_WEIGHT
                  * title.dotCapped(vectors.title(other), RelatedFinder.TITLE_TERM_CAP);
      // likeness descending, then index ascending, packed in one long (positive floats order like
      // their bits)
      keys[n++] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits((float) alike)) << 32) | other;
    }
    long[] sorted = Arrays.copyOf(keys, n);
    Arrays.sort(sorted);
    int[] nearest = new int[Math.min(k, n)];
    for (int i = 0; i < nearest.length; i++) {
      nearest[i] = (int) sorted[i];
    }
    return nearest;
  }
}
