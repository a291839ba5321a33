package dev.surveyor.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Mean directions of groups of papers, and the terms that set one group apart from another. */
final class Centroids {
  private Centroids() {}

  static void add(double[] sum, SparseVector v) {
    for (int i = 0; i < v.size(); i++) {
      sum[v.id(i)] += v.weight(i);
    }
  }

  static double[] normalise(double[] v) {
    double norm = Math.sqrt(Arrays.stream(v).map(x -> x * x).sum());
    if (norm > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] /= norm;
      }
    }
    return v;
  }

  /**
   * Up to {@code limit} terms found in a larger share of the group's papers than of the
   * background's: words that describe the group as a whole, not one odd paper in it. A term must be
   * in at least a fifth of the group (and two papers) to count.
   */
  static List<String> distinctive(
      TermVectors vectors, Collection<Integer> group, Collection<Integer> background, int limit) {
    return distinctive(vectors, group, Background.of(vectors, background), limit);
  }

  /**
   * In how many papers of a background each term is: counted once for all the groups set apart from
   * it (a page's sub-topics each against the whole page, 50,000 papers at 100k).
   */
  record Background(int[] counts, int size) {
    static Background of(TermVectors vectors, Collection<Integer> papers) {
      return new Background(Centroids.presence(vectors, papers), papers.size());
    }
  }

  /** As above, with the background counted already. */
  static List<String> distinctive(
      TermVectors vectors, Collection<Integer> group, Background background, int limit) {
    int[] inGroup = presence(vectors, group);
    int[] inBackground = background.counts();
    int needed = Math.max(2, (int) Math.ceil(group.size() / 5.0));
    List<Integer> candidates = new ArrayList<>();
    double[] lift = new double[inGroup.length];
    for (int t = 0; t < inGroup.length; t++) {
      if (inGroup[t] >= needed && vectors.nameable(t)) {
        // The term's share of the KL divergence of group from background: common words that are
        // merely a little more frequent ("also") score low, words of the group's own score high.
        double p = (double) inGroup[t] / group.size();
        double q = Math.max(1, inBackground[t]) / (double) background.size();
        // Weighted by rarity in the whole survey, so general words of the field ("also", "e.g.")
        // lose to specific ones.
        double idf = Math.log((double) vectors.papers() / vectors.documentFrequency(t));
        lift[t] = p * Math.log(p / q) * idf;
        if (lift[t] > 0) {
          candidates.add(t);
        }
      }
    }
    candidates.sort(Comparator.comparingDouble((Integer t) -> -lift[t]).thenComparingInt(t -> t));
    Set<String> terms = new LinkedHashSet<>();
    for (int t : candidates) {
      if (terms.size() == limit) {
        break;
      }
      terms.add(vectors.surface(t));
    }
    return List.copyOf(terms);
  }

  private static int[] presence(TermVectors vectors, Collection<Integer> papers) {
    int[] count = new int[vectors.dimensions()];
    for (int p : papers) {
      SparseVector v = vectors.vector(p);
      for (int i = 0; i < v.size(); i++) {
        count[v.id(i)]++;
      }
    }
    return count;
  }
}
