package dev.surveyor.analyze;

import java.util.List;

/**
 * Binary logistic regression over sparse rows, trained by full-batch gradient descent with momentum
 * and an L2 penalty. Every sum runs in row order on one thread, so the same rows give the same
 * weights, bit for bit, on any machine.
 */
final class LogisticRegression {
  /** A sparse feature row: ids ascending, with their values. */
  record Row(int[] ids, double[] values) {}

  private static final int ROUNDS = 400;
  private static final double STEP = 2.0;
  private static final double MOMENTUM = 0.9;

  private final double[] weights;
  private final double bias;

  private LogisticRegression(double[] weights, double bias) {
    this.weights = weights;
    this.bias = bias;
  }

  /**
   * @param positiveWeight how much a positive row counts against a negative one: small themes would
   *     otherwise be learnt as "never"
   */
  static LogisticRegression train(
      List<Row> rows, boolean[] positive, int dimensions, double l2, double positiveWeight) {
    double[] w = new double[dimensions];
    double[] velocity = new double[dimensions];
    double[] gradient = new double[dimensions];
    double b = 0;
    double bVelocity = 0;
    double total = 0;
    for (boolean p : positive) {
      total += p ? positiveWeight : 1;
    }
    for (int round = 0; round < ROUNDS; round++) {
      java.util.Arrays.fill(gradient, 0);
      double bGradient = 0;
      for (int r = 0; r < rows.size(); r++) {
        Row row = rows.get(r);
        double weight = positive[r] ? positiveWeight : 1;
        double error = weight * (sigmoid(dot(w, row) + b) - (positive[r] ? 1 : 0));
        for (int k = 0; k < row.ids().length; k++) {
          gradient[row.ids()[k]] += error * row.values()[k];
        }
        bGradient += error;
      }
      for (int i = 0; i < dimensions; i++) {
        double g = gradient[i] / total + l2 * w[i];
        velocity[i] = MOMENTUM * velocity[i] - STEP * g;
        w[i] += velocity[i];
      }
      bVelocity = MOMENTUM * bVelocity - STEP * bGradient / total;
      b += bVelocity;
    }
    return new LogisticRegression(w, b);
  }

  double probability(Row row) {
    return sigmoid(dot(weights, row) + bias);
  }

  private static double dot(double[] w, Row row) {
    double sum = 0;
    for (int k = 0; k < row.ids().length; k++) {
      sum += w[row.ids()[k]] * row.values()[k];
    }
    return sum;
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
