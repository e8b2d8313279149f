package io.newsflow.ingest.feed;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How long a failing feed is left alone: after the n-th failure in a row, a random wait between
 * half and all of {@code interval * 2^n}, capped. The waits grow (each range starts where the one
 * before ended) and the randomness keeps feeds that failed together from retrying together.
 */
final class Backoff {
  private final Duration cap;
  private final DoubleSupplier random;

  /**
   * @param random a number in [0, 1) per call
   */
  Backoff(Duration cap, DoubleSupplier random) {
    this.cap = cap;
    this.random = random;
  }

  Duration after(int failures, Duration interval) {
    long ceiling = cap.toMillis();
    long full = interval.toMillis();
    for (int i = 0; i < failures && full < ceiling; i++) {
      full *= 2;
    }
    full = Math.min(full, ceiling);
    return Duration.ofMillis(full / 2 + (long) (random.getAsDouble() * (full - full / 2)));
  }
}
