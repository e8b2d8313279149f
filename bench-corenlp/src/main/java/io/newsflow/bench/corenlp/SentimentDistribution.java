package io.newsflow.bench.corenlp;

import java.util.Locale;

/**
 * The five-class distribution CoreNLP's sentiment model gives a sentence (very negative, negative,
 * neutral, positive, very positive), and the score in [-1, 1] derived from it: the expected value
 * with the classes at -1, -0.5, 0, 0.5, 1. The expectation keeps the model's doubt (a sentence
 * split between neutral and positive lands near 0.25), which the argmax class would throw away.
 */
public record SentimentDistribution(double[] probabilities) {
  private static final double[] CLASS_VALUES = {-1.0, -0.5, 0.0, 0.5, 1.0};

  public SentimentDistribution {
    if (probabilities.length != CLASS_VALUES.length) {
      throw new IllegalArgumentException(
          "expected 5 class probabilities, got " + probabilities.length);
    }
    probabilities = probabilities.clone();
  }

  @Override
  public double[] probabilities() {
    return probabilities.clone();
  }

  /** A sentence CoreNLP could not score (no sentence in an empty line): all mass on neutral. */
  public static SentimentDistribution neutral() {
    return new SentimentDistribution(new double[] {0, 0, 1, 0, 0});
  }

  /** The expected class value, in [-1, 1]. */
  public double expectedValue() {
    double sum = 0;
    double mass = 0;
    for (int c = 0; c < CLASS_VALUES.length; c++) {
      sum += probabilities[c] * CLASS_VALUES[c];
      mass += probabilities[c];
    }
    // The softmax sums to 1 up to rounding; dividing keeps the score inside [-1, 1] regardless.
    return mass > 0 ? sum / mass : 0.0;
  }

  /** The most probable class, 0 (very negative) to 4 (very positive); the first on a tie. */
  public int likeliestClass() {
    int best = 0;
    for (int c = 1; c < probabilities.length; c++) {
      if (probabilities[c] > probabilities[best]) {
        best = c;
      }
    }
    return best;
  }

  /** The five probabilities, tab-separated, very negative first. */
  public String probabilitiesLine() {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < probabilities.length; c++) {
      if (c > 0) {
        line.append('\t');
      }
      line.append(String.format(Locale.ROOT, "%.6f", probabilities[c]));
    }
    return line.toString();
  }
}
