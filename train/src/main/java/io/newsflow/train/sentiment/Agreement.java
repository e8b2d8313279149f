package io.newsflow.train.sentiment;

/**
 * How well scores agree with human ratings, as {@code sentiment_score.py} measures it: Pearson r,
 * and macro F1 over positive/neutral/negative where a score is positive above +0.05 and a mean
 * rating (-4..4) above +0.5.
 */
record Agreement(double pearson, double macroF1) {

  static Agreement of(double[] ratings, double[] scores) {
    return new Agreement(pearson(ratings, scores), macroF1(ratings, scores, 0.05, -0.05));
  }

  static double pearson(double[] x, double[] y) {
    int n = x.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }

  /** Macro F1 with scores cut at {@code [low, high]} into negative/neutral/positive. */
  static double macroF1(double[] ratings, double[] scores, double high, double low) {
    int[][] counts = new int[3][3]; // [gold][predicted]
    for (int i = 0; i < ratings.length; i++) {
      counts[label(ratings[i], 0.5, -0.5)][label(scores[i], high, low)]++;
    }
    double f1 = 0;
    for (int c = 0; c < 3; c++) {
      int tp = counts[c][c];
      int gold = counts[c][0] + counts[c][1] + counts[c][2];
      int predicted = counts[0][c] + counts[1][c] + counts[2][c];
      double p = predicted == 0 ? 0 : (double) tp / predicted;
      double r = gold == 0 ? 0 : (double) tp / gold;
      f1 += p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
    return f1 / 3;
  }

  private static int label(double x, double high, double low) {
    return x > high ? 2 : x < low ? 0 : 1;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "r %.3f F1 %.3f", pearson, macroF1);
  }
}
