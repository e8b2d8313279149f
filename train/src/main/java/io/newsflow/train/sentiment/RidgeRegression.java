package io.newsflow.train.sentiment;

/**
 * Weighted ridge regression over a sparse design matrix (compressed rows), solved exactly by
 * conjugate gradients on the normal equations {@code (X'WX + diag(penalty)) b = X'Wy}.
 * Deterministic: no random start, no sampling.
 */
final class RidgeRegression {
  private RidgeRegression() {}

  /** Rows {@code r} hold columns {@code cols[rowStart[r]..rowStart[r+1])} with {@code values}. */
  record Matrix(int[] rowStart, int[] cols, float[] values, int columns) {
    int rows() {
      return rowStart.length - 1;
    }

    void times(double[] b, double[] out) {
      for (int r = 0; r < rows(); r++) {
        double s = 0;
        for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
          s += values[k] * b[cols[k]];
        }
        out[r] = s;
      }
    }

    /** out = X' (weights * v) */
    void transposeTimes(double[] weights, double[] v, double[] out) {
      java.util.Arrays.fill(out, 0);
      for (int r = 0; r < rows(); r++) {
        double wv = weights[r] * v[r];
        for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
          out[cols[k]] += values[k] * wv;
        }
      }
    }
  }

  static double[] fit(Matrix x, double[] y, double[] weights, double[] penalty, int maxIterations) {
    int n = x.columns();
    double[] b = new double[n];
    x.transposeTimes(weights, y, b);
    double[] beta = new double[n];
    double[] r = b.clone();
    double[] p = r.clone();
    double[] xp = new double[x.rows()];
    double[] ap = new double[n];
    double rs = dot(r, r);
    double stop = 1e-10 * rs;
    for (int it = 0; it < maxIterations && rs > stop; it++) {
      x.times(p, xp);
      x.transposeTimes(weights, xp, ap);
      for (int j = 0; j < n; j++) {
        ap[j] += penalty[j] * p[j];
      }
      double alpha = rs / dot(p, ap);
      for (int j = 0; j < n; j++) {
        beta[j] += alpha * p[j];
        r[j] -= alpha * ap[j];
      }
      double next = dot(r, r);
      double ratio = next / rs;
      for (int j = 0; j < n; j++) {
        p[j] = r[j] + ratio * p[j];
      }
      rs = next;
    }
    return beta;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
