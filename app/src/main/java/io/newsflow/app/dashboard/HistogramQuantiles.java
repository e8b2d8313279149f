package io.newsflow.app.dashboard;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import java.util.concurrent.TimeUnit;

/**
 * Percentiles from a timer's cumulative histogram buckets, interpolated within the bucket the way
 * Prometheus' {@code histogram_quantile} does, so the dashboard and Grafana agree.
 */
final class HistogramQuantiles {
  private HistogramQuantiles() {}

  /** The {@code q}-quantile in milliseconds, or NaN before the first observation. */
  static double millis(Timer timer, double q) {
    if (timer == null) {
      return Double.NaN;
    }
    HistogramSnapshot snapshot = timer.takeSnapshot();
    long total = snapshot.count();
    if (total == 0) {
      return Double.NaN;
    }
    double rank = q * total;
    double lowerBound = 0;
    double lowerCount = 0;
    for (CountAtBucket bucket : snapshot.histogramCounts()) {
      double upper = bucket.bucket(TimeUnit.MILLISECONDS);
      double count = bucket.count();
      if (count >= rank) {
        double inBucket = count - lowerCount;
        return inBucket <= 0
            ? upper
            : lowerBound + (upper - lowerBound) * (rank - lowerCount) / inBucket;
      }
      lowerBound = upper;
      lowerCount = count;
    }
    return snapshot.max(TimeUnit.MILLISECONDS);
  }
}
