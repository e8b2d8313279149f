package io.newsflow.train.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MultinomialLogisticTest {

  /** Rows of one column (a bias) and labels: the fit's probabilities are the weighted shares. */
  @Test
  void aBiasAloneLearnsTheWeightedClassShares() {
    int[] labels = {0, 0, 1, 2, 2, 2, 1, 0, 2, 2};
    double[] weights = {1, 2, 1, 1, 1, 1, 3, 1, 1, 1}; // shares: 4/13, 4/13, 5/13
    int[] rowStart = new int[labels.length + 1];
    int[] cols = new int[labels.length];
    float[] values = new float[labels.length];
    for (int r = 0; r < labels.length; r++) {
      rowStart[r + 1] = r + 1;
      values[r] = 1;
    }
    RidgeRegression.Matrix x = new RidgeRegression.Matrix(rowStart, cols, values, 1);
    double[] beta = MultinomialLogistic.fit(x, labels, 3, weights, new double[] {0}, 200);
    MultinomialLogistic.softmax(beta);
    assertThat(beta[0]).isCloseTo(4 / 13.0, offset(1e-5));
    assertThat(beta[1]).isCloseTo(4 / 13.0, offset(1e-5));
    assertThat(beta[2]).isCloseTo(5 / 13.0, offset(1e-5));
  }

  /** A seeded random problem: the fit separates what the features say, and twice is the same. */
  @Test
  void aFeatureThatPredictsTheClassGetsItsWeightDeterministically() {
    Random random = new Random(42);
    int n = 400;
    int[] labels = new int[n];
    int[] rowStart = new int[n + 1];
    int[] cols = new int[2 * n];
    float[] values = new float[2 * n];
    for (int r = 0; r < n; r++) {
      float feature = (float) random.nextGaussian();
      labels[r] = feature > 0.5 ? 2 : feature < -0.5 ? 0 : 1;
      if (random.nextDouble() < 0.1) {
        labels[r] = random.nextInt(3); // noise
      }
      cols[2 * r] = 0; // bias
      values[2 * r] = 1;
      cols[2 * r + 1] = 1;
      values[2 * r + 1] = feature;
      rowStart[r + 1] = 2 * r + 2;
    }
    RidgeRegression.Matrix x = new RidgeRegression.Matrix(rowStart, cols, values, 2);
    double[] weights = new double[n];
    java.util.Arrays.fill(weights, 1);
    double[] penalty = {0, 1};
    double[] first = MultinomialLogistic.fit(x, labels, 3, weights, penalty, 400);
    double[] second = MultinomialLogistic.fit(x, labels, 3, weights, penalty, 400);
    assertThat(second).containsExactly(first);
    // column 1's weights (beta[3 + k]): rising from negative to positive
    assertThat(first[3 + 2] - first[3 + 1]).isGreaterThan(1);
    assertThat(first[3 + 0] - first[3 + 1]).isLessThan(-1);
    // the penalty: column 1's weights sum to zero over the classes at the optimum
    assertThat(first[3] + first[4] + first[5]).isCloseTo(0, offset(1e-4));
    // a stronger penalty shrinks them
    double[] shrunk = MultinomialLogistic.fit(x, labels, 3, weights, new double[] {0, 100}, 400);
    assertThat(Math.abs(shrunk[5] - shrunk[4])).isLessThan(Math.abs(first[5] - first[4]));
  }
}
