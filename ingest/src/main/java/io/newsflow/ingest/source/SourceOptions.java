package io.newsflow.ingest.source;

import io.newsflow.common.http.HttpSettings;
import io.newsflow.ingest.format.ReadLimits;
import java.time.Duration;

/**
 * How sources named on the command line are read.
 *
 * @param watch keep watching folders for new files
 * @param recursive read subfolders too
 * @param pollInterval how often a watched folder or a feed is looked at
 * @param httpHost the address {@code http:PORT} listens on
 * @param http who may push to {@code http:PORT} and how many pushes it takes at once
 * @param limits size limits while reading
 */
public record SourceOptions(
    boolean watch,
    boolean recursive,
    Duration pollInterval,
    String httpHost,
    HttpSettings http,
    ReadLimits limits) {
  public static SourceOptions defaults() {
    return new SourceOptions(
        false,
        false,
        Duration.ofSeconds(1),
        "0.0.0.0",
        HttpSettings.open(HttpSettings.DEFAULT_MAX_CONCURRENT_PUSHES),
        ReadLimits.defaults());
  }

  public SourceOptions withWatch(boolean newWatch) {
    return new SourceOptions(newWatch, recursive, pollInterval, httpHost, http, limits);
  }

  public SourceOptions withRecursive(boolean newRecursive) {
    return new SourceOptions(watch, newRecursive, pollInterval, httpHost, http, limits);
  }

  public SourceOptions withPollInterval(Duration newPollInterval) {
    return new SourceOptions(watch, recursive, newPollInterval, httpHost, http, limits);
  }

  public SourceOptions withLimits(ReadLimits newLimits) {
    return new SourceOptions(watch, recursive, pollInterval, httpHost, http, newLimits);
  }
}
