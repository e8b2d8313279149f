package io.newsflow.sink.subscription;

import io.newsflow.sink.format.DownstreamFormat;
import java.time.Duration;
import java.util.Optional;

/**
 * One entry of the subscriptions file: which articles ({@link Match}), where they go ({@link
 * Target}), in which format, and how hard to try for a file or webhook.
 *
 * @param name unique in the file; names the subscription in metrics and dead letters
 * @param secret webhooks only: the key of the body's HMAC-SHA256 signature
 */
public record Subscription(
    String name,
    Match match,
    Target target,
    DownstreamFormat format,
    Optional<String> secret,
    Tuning tuning) {

  /**
   * How a file or webhook target is served.
   *
   * @param attempts webhook tries per article before it is dead-lettered
   * @param backoff the wait after the first failed try; doubled after each one, with jitter
   * @param timeout how long one webhook request may take
   * @param rotateBytes the size past which a target file is rotated
   */
  public record Tuning(int attempts, Duration backoff, Duration timeout, long rotateBytes) {
    public static final Tuning DEFAULTS =
        new Tuning(5, Duration.ofMillis(500), Duration.ofSeconds(10), 64L << 20);
  }
}
