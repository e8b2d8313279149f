package io.newsflow.ingest.feed;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One feed to poll.
 *
 * @param url the RSS or Atom document
 * @param interval how long to wait between two polls while the feed answers
 */
public record Feed(URI url, Duration interval) {
  public Feed {
    Objects.requireNonNull(url, "url");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("the poll interval of " + url + " must be positive");
    }
  }
}
