package dev.surveyor.analyze;

/**
 * A unit-length vector over term ids, stored as sorted ids and their weights. Arrays are never
 * exposed for writing: vectors are built once and only read.
 */
public final class SparseVector {
  private final int[] ids;
  private final float[] weights;

  SparseVector(int[] ids, float[] weights) {
    this.ids = ids;
    this.weights = weights;
  }

  public int size() {
    return ids.length;
  }

  public int id(int i) {
    return ids[i];
  }

  public float weight(int i) {
    return weights[i];
  }

  /** Whether the vector has a weight for the term. */
  public boolean has(int id) {
    return java.util.Arrays.binarySearch(ids, id) >= 0;
  }

  /** The term's weight, 0 when the vector has none. */
  public float weightOf(int id) {
    int at = java.util.Arrays.binarySearch(ids, id);
    return at >= 0 ? weights[at] : 0;
  }

  /** The term ids both vectors have, in id order: a merge of their sorted ids. */
  public int[] sharedIds(SparseVector other) {
    int[] shared = new int[Math.min(ids.length, other.ids.length)];
    int count = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < other.ids.length) {
      if (ids[i] == other.ids[j]) {
        shared[count++] = ids[i];
        i++;
        j++;
      } else if (ids[i] < other.ids[j]) {
        i++;
      } else {
        j++;
      }
    }
    return java.util.Arrays.copyOf(shared, count);
  }

  /** The cosine of two unit vectors: a merge of their sorted ids. */
  public double dot(SparseVector other) {
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < other.ids.length) {
      int a = ids[i];
      int b = other.ids[j];
      if (a == b) {
        sum += (double) weights[i++] * other.weights[j++];
      } else if (a < b) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  /**
   * As {@link #dot(SparseVector)}, each term adding at most {@code cap} (positive). The cap is
   * applied as {@code Math.min(cap, product)} would for a positive cap, written out: C1, the
   * launcher's compiler, calls Math.min(double, double) for each term of each related candidate.
   */
  public double dotCapped(SparseVector other, double cap) {
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < other.ids.length) {
      int a = ids[i];
      int b = other.ids[j];
      if (a == b) {
        double product = (double) weights[i++] * other.weights[j++];
        sum += cap <= product ? cap : product;
      } else if (a < b) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  /** As {@link #dot(float[])}, each term adding at most {@code cap} (positive; as above). */
  public double dotCapped(float[] dense, double cap) {
    double sum = 0;
    for (int i = 0; i < ids.length; i++) {
      double product = (double) weights[i] * dense[ids[i]];
      sum += cap <= product ? cap : product;
    }
    return sum;
  }

  /** The product with a dense vector, such as a cluster centroid. */
  public double dot(double[] dense) {
    double sum = 0;
    for (int i = 0; i < ids.length; i++) {
      sum += weights[i] * dense[ids[i]];
    }
    return sum;
  }

  /**
   * The cosine with a unit vector spread out by {@link #scatter}: reads only this vector's terms,
   * adding the same products in the same order as {@link #dot(SparseVector)}.
   */
  public double dot(float[] dense) {
    double sum = 0;
    for (int i = 0; i < ids.length; i++) {
      sum += (double) weights[i] * dense[ids[i]];
    }
    return sum;
  }

  /** Writes this vector's weights into a dense array of zeros. */
  public void scatter(float[] dense) {
    for (int i = 0; i < ids.length; i++) {
      dense[ids[i]] = weights[i];
    }
  }

  /** Sets back to zero what {@link #scatter} wrote. */
  public void clear(float[] dense) {
    for (int id : ids) {
      dense[id] = 0;
    }
  }
}
