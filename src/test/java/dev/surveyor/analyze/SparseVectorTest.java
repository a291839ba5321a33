package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The products of sparse vectors, with each other and with dense ones. */
class SparseVectorTest {
  // Ids 1, 3, 5 and 3, 4, 5: they share 3 and 5.
  private static final SparseVector A =
      new SparseVector(new int[] {1, 3, 5}, new float[] {0.6f, 0.0f, 0.8f});
  private static final SparseVector B =
      new SparseVector(new int[] {3, 4, 5}, new float[] {0.48f, 0.6f, 0.64f});

  @Test
  void theDotProductAddsOnlyTheSharedIds() {
    assertEquals(0.0f * 0.48f + (double) 0.8f * 0.64f, A.dot(B), 1e-12);
    assertEquals(A.dot(B), B.dot(A), 0.0, "symmetric");
    assertEquals(1.0, A.dot(A), 1e-6, "a unit vector with itself");
    assertEquals(0.0, A.dot(new SparseVector(new int[] {0, 2, 4}, new float[] {1, 1, 1})));
  }

  @Test
  void aDenseVectorIsReadAtThisVectorsIds() {
    double[] dense = {100, 1, 100, 2, 100, 3};
    assertEquals(0.6f * 1 + 0.0f * 2 + 0.8f * 3, A.dot(dense), 1e-6);
  }

  @Test
  void scatteredTheProductIsTheSameToTheLastBitAndClearLeavesZeros() {
    float[] dense = new float[6];
    B.scatter(dense);
    assertArrayEquals(new float[] {0, 0, 0, 0.48f, 0.6f, 0.64f}, dense);
    // The same products in the same order: related papers found either way must tie the same.
    assertEquals(A.dot(B), A.dot(dense), 0.0);
    B.clear(dense);
    assertArrayEquals(new float[6], dense);
  }

  @Test
  void itsEntriesReadBackInOrder() {
    assertEquals(3, B.size());
    assertEquals(4, B.id(1));
    assertEquals(0.6f, B.weight(1));
  }

  /**
   * A capped product is, to the last bit, the sum of {@code Math.min(cap, product)} term by term,
   * in either form: on random vectors with weights of a real vector's range, some products above
   * the cap, some exactly at it, zero weights among them.
   */
  @Test
  void cappedProductsAreMathMinsToTheLastBit() {
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 2_000; round++) {
      SparseVector a = randomVector(random);
      SparseVector b = randomVector(random);
      double cap = random.nextBoolean() ? 0.04 : 0.2;
      double expected = 0;
      float[] dense = new float[64];
      b.scatter(dense);
      for (int i = 0; i < a.size(); i++) {
        expected += Math.min(cap, (double) a.weight(i) * dense[a.id(i)]);
      }
      assertEquals(expected, a.dotCapped(dense, cap), 0.0);
      assertEquals(expected, a.dotCapped(b, cap), 0.0);
    }
    SparseVector atCap = new SparseVector(new int[] {2}, new float[] {0.5f});
    assertEquals(
        Math.min(0.2, (double) 0.5f * 0.4f), atCap.dotCapped(new float[] {0, 0, 0.4f}, 0.2), 0.0);
  }

  private static SparseVector randomVector(java.util.Random random) {
    int[] ids = random.ints(0, 64).distinct().limit(1 + random.nextInt(30)).sorted().toArray();
    float[] weights = new float[ids.length];
    for (int i = 0; i < ids.length; i++) {
      weights[i] = random.nextInt(8) == 0 ? 0 : (float) Math.pow(random.nextDouble(), 2);
    }
    return new SparseVector(ids, weights);
  }
}
