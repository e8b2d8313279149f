package io.newsflow.bench.corenlp;

import java.util.List;
import java.util.Locale;

/**
 * What the sentiment model says about a sentence's phrases, not only its root: the RNTN scores
 * every node of the binarised tree, and its root saturates (hundreds of editorial sentences get the
 * very same root distribution), so the phrases may carry what the root loses.
 *
 * @param nodes how many phrases (tree nodes above the words) were scored
 * @param meanValue mean of their expected class values
 * @param minValue the most negative phrase's expected value
 * @param maxValue the most positive phrase's expected value
 * @param negativeShare share of phrases whose most likely class is negative or very negative
 * @param positiveShare share of phrases whose most likely class is positive or very positive
 */
public record PhraseSummary(
    int nodes,
    double meanValue,
    double minValue,
    double maxValue,
    double negativeShare,
    double positiveShare) {

  /** Summarises the phrases' distributions; no phrase gives all zeros. */
  public static PhraseSummary of(List<SentimentDistribution> phrases) {
    if (phrases.isEmpty()) {
      return new PhraseSummary(0, 0, 0, 0, 0, 0);
    }
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    int negative = 0;
    int positive = 0;
    for (SentimentDistribution phrase : phrases) {
      double value = phrase.expectedValue();
      sum += value;
      min = Math.min(min, value);
      max = Math.max(max, value);
      int likeliest = phrase.likeliestClass();
      if (likeliest < 2) {
        negative++;
      } else if (likeliest > 2) {
        positive++;
      }
    }
    int n = phrases.size();
    return new PhraseSummary(n, sum / n, min, max, (double) negative / n, (double) positive / n);
  }

  /** The six figures, tab-separated, in the order of the record's components. */
  public String line() {
    return String.format(
        Locale.ROOT,
        "%d\t%.6f\t%.6f\t%.6f\t%.6f\t%.6f",
        nodes,
        meanValue,
        minValue,
        maxValue,
        negativeShare,
        positiveShare);
  }
}
