package io.newsflow.train.sentiment;

import io.newsflow.enrich.sentiment.NewsSentimentAnalyzer;

/**
 * How sentence predictions become an article's (or an entity's) score, as chosen by
 * cross-validation on the rated editorials (docs/research/2026-11-28-sentiment.md, section 3): the
 * weighted mean of the sentences' <em>uncalibrated</em> predictions, the lead sentence (the
 * headline in newsflow; the first sentence of a rated editorial) weighing {@link
 * NewsSentimentAnalyzer#HEADLINE_WEIGHT}, mapped by its own {@code clamp(scale * (mean - offset))}.
 * The sentence calibration cannot be reused: it puts the +-0.05 cuts where single neutral sentences
 * end, and a mean of many sentences varies far less than one sentence does, so averaged sentence
 * scores almost never leave the neutral band.
 */
final class ArticleCalibration {
  private ArticleCalibration() {}

  /** Weighted mean of {@code values}, the first weighing {@code leadWeight}; 0 when empty. */
  static double leadWeightedMean(double[] values, double leadWeight) {
    double sum = 0;
    double weights = 0;
    for (int i = 0; i < values.length; i++) {
      double w = i == 0 ? leadWeight : 1.0;
      sum += w * values[i];
      weights += w;
    }
    return weights == 0 ? 0 : sum / weights;
  }

  /**
   * Scale and offset maximising 3-class macro F1 of {@code clamp(scale * (x - offset))} at +-0.05
   * against mean ratings (-4..4) cut at +-0.5. The grid is relative to the spread of {@code x}, so
   * it fits sentence-level and article-level predictions alike. Ties keep the first (narrowest
   * offset, then narrowest band) found.
   */
  static double[] maximiseF1(double[] x, double[] ratings) {
    double mean = 0;
    for (double v : x) {
      mean += v / x.length;
    }
    double var = 0;
    for (double v : x) {
      var += (v - mean) * (v - mean) / x.length;
    }
    double sd = Math.sqrt(var);
    double best = -1;
    double[] cal = {1, 0};
    for (int ci = 0; ci <= 80; ci++) {
      double c = mean + sd * (ci % 2 == 0 ? ci / 2 : -(ci + 1) / 2) / 40.0; // 0, -1, +1, -2, ...
      for (int hi = 1; hi <= 75; hi++) {
        double h = sd * hi / 50.0;
        double f1 = Agreement.macroF1(ratings, x, c + h, c - h);
        if (f1 > best + 1e-12) {
          best = f1;
          cal = new double[] {0.05 / h, c};
        }
      }
    }
    return cal;
  }
}
