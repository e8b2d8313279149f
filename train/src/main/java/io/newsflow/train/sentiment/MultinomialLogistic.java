package io.newsflow.train.sentiment;

import java.util.Arrays;

/**
 * Weighted L2-penalised multinomial logistic regression over a sparse design matrix, fitted by
 * L-BFGS (limited-memory quasi-Newton, backtracking line search). Deterministic: a zero start, a
 * fixed order of every sum, no sampling. The coefficients come back row by row: {@code beta[j *
 * classes + k]} is column j's weight for class k.
 */
final class MultinomialLogistic {
  private static final int MEMORY = 10;

  private MultinomialLogistic() {}

  /**
   * Minimises {@code -sum_i weights[i] log p(labels[i] | row i) + 1/2 sum_jk penalty[j] beta_jk^2}
   * for at most {@code maxIterations} L-BFGS steps, stopping earlier when an iteration lowers the
   * objective by less than a relative 1e-10.
   */
  static double[] fit(
      RidgeRegression.Matrix x,
      int[] labels,
      int classes,
      double[] weights,
      double[] penalty,
      int maxIterations) {
    Objective objective = new Objective(x, labels, classes, weights, penalty);
    int n = x.columns() * classes;
    double[] beta = new double[n];
    double[] gradient = new double[n];
    double f = objective.value(beta, gradient);
    double[][] s = new double[MEMORY][];
    double[][] y = new double[MEMORY][];
    double[] rho = new double[MEMORY];
    double[] alpha = new double[MEMORY];
    int stored = 0;
    double[] direction = new double[n];
    double[] next = new double[n];
    double[] nextGradient = new double[n];
    for (int it = 0; it < maxIterations; it++) {
      // Two-loop recursion: direction = -H gradient.
      System.arraycopy(gradient, 0, direction, 0, n);
      for (int m = stored - 1; m >= 0; m--) {
        alpha[m] = rho[m] * dot(s[m], direction);
        axpy(-alpha[m], y[m], direction);
      }
      double gamma =
          stored > 0
              ? dot(s[stored - 1], y[stored - 1]) / dot(y[stored - 1], y[stored - 1])
              : 1 / Math.sqrt(dot(gradient, gradient));
      for (int j = 0; j < n; j++) {
        direction[j] *= gamma;
      }
      for (int m = 0; m < stored; m++) {
        double b = rho[m] * dot(y[m], direction);
        axpy(alpha[m] - b, s[m], direction);
      }
      for (int j = 0; j < n; j++) {
        direction[j] = -direction[j];
      }
      double slope = dot(gradient, direction);
      if (slope >= 0) { // not a descent direction (rounding): restart from the gradient
        stored = 0;
        double norm = Math.sqrt(dot(gradient, gradient));
        for (int j = 0; j < n; j++) {
          direction[j] = -gradient[j] / norm;
        }
        slope = dot(gradient, direction);
      }
      double step = 1;
      double fNext;
      while (true) { // Armijo backtracking
        for (int j = 0; j < n; j++) {
          next[j] = beta[j] + step * direction[j];
        }
        fNext = objective.value(next, nextGradient);
        if (fNext <= f + 1e-4 * step * slope || step < 1e-12) {
          break;
        }
        step *= 0.5;
      }
      double[] sNew = stored == MEMORY ? s[0] : new double[n];
      double[] yNew = stored == MEMORY ? y[0] : new double[n];
      for (int j = 0; j < n; j++) {
        sNew[j] = next[j] - beta[j];
        yNew[j] = nextGradient[j] - gradient[j];
      }
      double sy = dot(sNew, yNew);
      if (sy > 1e-12) { // keep the pair only when it carries curvature
        if (stored == MEMORY) {
          System.arraycopy(s, 1, s, 0, MEMORY - 1);
          System.arraycopy(y, 1, y, 0, MEMORY - 1);
          System.arraycopy(rho, 1, rho, 0, MEMORY - 1);
          stored--;
        }
        s[stored] = sNew;
        y[stored] = yNew;
        rho[stored] = 1 / sy;
        stored++;
      }
      double[] t = beta;
      beta = next;
      next = t;
      t = gradient;
      gradient = nextGradient;
      nextGradient = t;
      double previous = f;
      f = fNext;
      if (previous - f <= 1e-10 * Math.max(1, Math.abs(f))) {
        break;
      }
    }
    return beta;
  }

  /** Class probabilities (softmax) of one row of scores, in place. */
  static void softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (int k = 0; k < z.length; k++) {
      z[k] = Math.exp(z[k] - max);
      sum += z[k];
    }
    for (int k = 0; k < z.length; k++) {
      z[k] /= sum;
    }
  }

  /** The penalised weighted negative log-likelihood and its gradient. */
  private record Objective(
      RidgeRegression.Matrix x, int[] labels, int classes, double[] weights, double[] penalty) {

    double value(double[] beta, double[] gradient) {
      Arrays.fill(gradient, 0);
      double loss = 0;
      double[] z = new double[classes];
      int[] rowStart = x.rowStart();
      int[] cols = x.cols();
      float[] values = x.values();
      for (int r = 0; r < x.rows(); r++) {
        Arrays.fill(z, 0);
        for (int p = rowStart[r]; p < rowStart[r + 1]; p++) {
          int base = cols[p] * classes;
          for (int k = 0; k < classes; k++) {
            z[k] += values[p] * beta[base + k];
          }
        }
        softmax(z);
        loss -= weights[r] * Math.log(Math.max(z[labels[r]], 1e-300));
        z[labels[r]] -= 1;
        for (int k = 0; k < classes; k++) {
          z[k] *= weights[r];
        }
        for (int p = rowStart[r]; p < rowStart[r + 1]; p++) {
          int base = cols[p] * classes;
          for (int k = 0; k < classes; k++) {
            gradient[base + k] += values[p] * z[k];
          }
        }
      }
      for (int j = 0; j < x.columns(); j++) {
        for (int k = 0; k < classes; k++) {
          double b = beta[j * classes + k];
          loss += 0.5 * penalty[j] * b * b;
          gradient[j * classes + k] += penalty[j] * b;
        }
      }
      return loss;
    }
  }

  private static double dot(double[] a, double[] b) {
    return RidgeRegression.dot(a, b);
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }
}
