package io.newsflow.ingest.feed;

import io.newsflow.common.config.Config;
import java.time.Duration;

/**
 * How feeds are polled. Keys: {@code newsflow.ingest.feed.timeout} (to connect, and for each read
 * of the answer; default 30s), {@code newsflow.ingest.feed.backoff.max} (the longest wait after
 * failures; default 30m), {@code newsflow.ingest.feed.remembered} (article keys remembered per
 * feed; default 5000), {@code newsflow.ingest.feed.threads} (feeds fetched at once; default 8).
 */
public record FeedSettings(Duration timeout, Duration maxBackoff, int remembered, int threads) {
  public FeedSettings {
    if (remembered < 1 || threads < 1) {
      throw new IllegalArgumentException("remembered keys and threads must be at least 1");
    }
  }

  public static FeedSettings defaults() {
    return new FeedSettings(Duration.ofSeconds(30), Duration.ofMinutes(30), 5_000, 8);
  }

  public static FeedSettings from(Config config) {
    FeedSettings defaults = defaults();
    return new FeedSettings(
        config.getDuration("newsflow.ingest.feed.timeout", defaults.timeout()),
        config.getDuration("newsflow.ingest.feed.backoff.max", defaults.maxBackoff()),
        config.getInt("newsflow.ingest.feed.remembered", defaults.remembered()),
        config.getInt("newsflow.ingest.feed.threads", defaults.threads()));
  }

  public FeedSettings withTimeout(Duration newTimeout) {
    return new FeedSettings(newTimeout, maxBackoff, remembered, threads);
  }

  public FeedSettings withMaxBackoff(Duration newMaxBackoff) {
    return new FeedSettings(timeout, newMaxBackoff, remembered, threads);
  }
}
