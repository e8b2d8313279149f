package io.newsflow.app.bench;

/**
 * Latency percentiles in milliseconds, exact (nearest rank over every sample, none dropped or
 * bucketed), of the articles sent after the stage's first output.
 */
public record Percentiles(int samples, Double p50, Double p95, Double p99, Double max) {
  static final Percentiles NONE = new Percentiles(0, null, null, null, null);

  /** From latencies in nanoseconds, sorted ascending. */
  static Percentiles of(long[] sortedNanos) {
    if (sortedNanos.length == 0) {
      return NONE;
    }
    return new Percentiles(
        sortedNanos.length,
        millis(sortedNanos, 50),
        millis(sortedNanos, 95),
        millis(sortedNanos, 99),
        sortedNanos[sortedNanos.length - 1] / 1e6);
  }

  /** The smallest sample with at least {@code percent} % of the samples at or below it. */
  private static double millis(long[] sorted, double percent) {
    int rank = (int) Math.ceil(percent / 100 * sorted.length);
    return sorted[Math.max(1, rank) - 1] / 1e6;
  }
}
