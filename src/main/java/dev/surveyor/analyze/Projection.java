package dev.surveyor.analyze;

import dev.surveyor.model.MapPoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Lays papers out in two dimensions: their TF-IDF vectors projected on the first two principal
 * components, found by power iteration on the sparse vectors (the covariance matrix is never
 * formed, so the cost is linear in the text). The start vector and the number of iterations are
 * fixed, so the layout is too; and as the start is read off the terms themselves, not their ids,
 * the layout moves smoothly with the text: a word changed in one abstract moves the points a little
 * (the second component is not converged after 60 iterations, its third close behind, so where it
 * ends depends on where it starts).
 */
public final class Projection {
  private static final int ITERATIONS = 60;
  private static final int SAMPLE = 5000;

  /** Tukey's fences: papers this many interquartile ranges beyond a quartile are outliers. */
  private static final double FENCE = 1.5;

  /**
   * How far beyond the middle (in widths of the middle) a paper sits halfway across the margin;
   * further out, nearer the edge, never on it.
   */
  private static final double SQUEEZE = 0.1;

  private Projection() {}

  public static List<MapPoint> project(TermVectors vectors, List<String> slugs) {
    int n = vectors.papers();
    if (n == 0) {
      return List.of();
    }
    if (vectors.dimensions() == 0) {
      // No word is shared by two papers: nothing to project, so papers sit on a diagonal.
      List<MapPoint> points = new ArrayList<>(n);
      double margin = MapPoint.MARGIN;
      for (int p = 0; p < n; p++) {
        double f = n == 1 ? 0.5 : (double) p / (n - 1);
        double at = (1 - f) * margin + f * (1 - margin); // exactly on the margins at the ends
        points.add(new MapPoint(slugs.get(p), at, at));
      }
      return points;
    }
    // The components are found on a sample: the directions of most variance of 5,000 papers are
    // those of 100,000, at a twentieth of the cost. Every paper is then placed.
    int[] sample = sample(slugs);
    double[] mean = new double[vectors.dimensions()];
    for (int p : sample) {
      SparseVector v = vectors.vector(p);
      for (int i = 0; i < v.size(); i++) {
        mean[v.id(i)] += v.weight(i) / sample.length;
      }
    }
    double[] first = component(vectors, sample, mean, null);
    double[] second = component(vectors, sample, mean, first);
    double[] xs = scores(vectors, mean, first);
    double[] ys = scores(vectors, mean, second);
    scale(xs);
    scale(ys);
    List<MapPoint> points = new ArrayList<>(n);
    for (int p = 0; p < n; p++) {
      points.add(new MapPoint(slugs.get(p), xs[p], ys[p]));
    }
    return points;
  }

  /**
   * Every paper up to {@link #SAMPLE}; beyond, about that many, each chosen by its slug alone: a
   * paper added or removed changes the sample by itself only, where every n-th paper in paper order
   * would shift the whole sample along.
   */
  private static int[] sample(List<String> slugs) {
    int step = (slugs.size() + SAMPLE - 1) / SAMPLE;
    return IntStream.range(0, slugs.size())
        .filter(p -> Math.floorMod(mix(slugs.get(p).hashCode()), step) == 0)
        .toArray();
  }

  /** The leading eigenvector of the centred covariance, orthogonal to {@code previous}. */
  private static double[] component(
      TermVectors vectors, int[] sample, double[] mean, double[] previous) {
    int d = vectors.dimensions();
    double[] start = new double[d];
    for (int i = 0; i < d; i++) {
      start[i] = start(vectors.term(i));
    }
    normalise(start, previous);
    double[] v = start;
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      double[] next = new double[d];
      double meanDot = dot(mean, v);
      for (int p : sample) {
        SparseVector x = vectors.vector(p);
        double projection = x.dot(v) - meanDot;
        for (int i = 0; i < x.size(); i++) {
          next[x.id(i)] += projection * x.weight(i);
        }
      }
      // C·v also has a term −μ·Σ_p(x_p·v − μ·v), which is zero by the definition of μ.
      normalise(next, previous);
      v = next;
    }
    if (d == 0) {
      return v; // no term tells papers apart (a single paper): every point sits at the origin
    }
    // A sign convention, so the picture does not flip between builds: each axis points to the
    // start's side. Power iteration keeps it there by itself (C is positive semi-definite, so
    // v₀·Cᵏv₀ ≥ 0), and it moves smoothly with the text; the sign of the largest entry, as
    // before, mirrored the whole map when another term became the largest.
    if (dot(v, start) < 0) {
      for (int i = 0; i < d; i++) {
        v[i] = -v[i];
      }
    }
    return v;
  }

  /**
   * A term's part in the start vector, from the term alone: ids shift whenever a word enters or
   * leaves the vocabulary, and a start read off ids changed every term's part at once.
   */
  static double start(String term) {
    return 1
        + Math.floorMod(mix(term.hashCode()), 7) * 0.1; // uneven, so not orthogonal to the answer
  }

  /** Spreads a string's hash (specified by String, so the same every run) over all its bits. */
  private static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private static double[] scores(TermVectors vectors, double[] mean, double[] component) {
    double meanDot = dot(mean, component);
    double[] scores = new double[vectors.papers()];
    for (int p = 0; p < scores.length; p++) {
      scores[p] = vectors.vector(p).dot(component) - meanDot;
    }
    return scores;
  }

  private static void normalise(double[] v, double[] orthogonalTo) {
    if (orthogonalTo != null) {
      double along = dot(v, orthogonalTo);
      for (int i = 0; i < v.length; i++) {
        v[i] -= along * orthogonalTo[i];
      }
    }
    double norm = Math.sqrt(dot(v, v));
    for (int i = 0; i < v.length && norm > 0; i++) {
      v[i] /= norm;
    }
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /**
   * To [0, 1]: the papers inside Tukey's fences (at most {@link #FENCE} interquartile ranges beyond
   * the quartiles) in proportion across [MARGIN, 1 - MARGIN], the outliers beyond squeezed into the
   * margins. Clipping the outer 1% instead pinned a dozen papers that were no outliers to the
   * frame's edges, one on top of another; scaling to the extremes lets one outlier squeeze the rest
   * into a corner.
   */
  static void scale(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double q1 = sorted[n / 4];
    double q3 = sorted[Math.min(n - 1, 3 * n / 4)];
    // Where most papers score the same the quartiles meet, and no paper is an outlier.
    double reach = q3 > q1 ? FENCE * (q3 - q1) : Double.POSITIVE_INFINITY;
    double low = q1 - reach;
    double high = q3 + reach;
    int first = 0; // the lowest and highest papers inside the fences (the quartiles are)
    while (sorted[first] < low) {
      first++;
    }
    int last = n - 1;
    while (sorted[last] > high) {
      last--;
    }
    double lo = sorted[first];
    double hi = sorted[last];
    double span = hi - lo == 0 ? 1 : hi - lo;
    double margin = MapPoint.MARGIN;
    for (int i = 0; i < values.length; i++) {
      double t = (values[i] - lo) / span; // 0 to 1 in the middle
      values[i] =
          t < 0
              ? margin * SQUEEZE / (SQUEEZE - t)
              : t > 1
                  ? 1 - margin * SQUEEZE / (SQUEEZE + t - 1)
                  : (1 - t) * margin + t * (1 - margin);
    }
  }
}
