package io.newsflow.sink.subscription;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Waits between webhook tries: {@code first}, doubled after each failed try up to {@link #MAX},
 * each wait drawn between half and all of that, so that many senders failing together do not all
 * come back at the same moment.
 */
record Backoff(Duration first) {
  static final Duration MAX = Duration.ofSeconds(30);

  /** The wait after failed try number {@code attempt} (1 for the first). */
  Duration after(int attempt) {
    long ceiling = Math.min(MAX.toMillis(), first.toMillis() << Math.min(attempt - 1, 20));
    long half = Math.max(1, ceiling / 2);
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(ceiling - half + 1));
  }
}
