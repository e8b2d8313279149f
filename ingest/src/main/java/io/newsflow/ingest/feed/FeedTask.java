package io.newsflow.ingest.feed;

import io.newsflow.ingest.source.ItemSink;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The polls of one feed, one after the other: fetch, send what is new, and only once Kafka has
 * acknowledged it write the new state down. So a crash at any point sends some articles again at
 * the next start, and loses none.
 */
final class FeedTask {
  private static final Logger LOG = LoggerFactory.getLogger(FeedTask.class);

  /** Longer than the producer's own delivery timeout: only a bound against waiting forever. */
  private static final Duration ACKNOWLEDGE_TIMEOUT = Duration.ofMinutes(2);

  /** What the polls of every feed share. */
  record Shared(
      FeedFetcher fetcher, FeedStates states, ItemSink sink, Backoff backoff, int remembered) {}

  private final Feed feed;
  private final Shared shared;
  private FeedState state;
  private int failures;

  FeedTask(Feed feed, FeedState state, Shared shared) {
    this.feed = feed;
    this.state = state;
    this.shared = shared;
  }

  /** Polls once; returns how long to wait before the next poll. */
  Duration poll() {
    try {
      Optional<FeedFetcher.Document> document = shared.fetcher().fetch(feed.url(), state);
      if (document.isPresent()) {
        send(document.get());
      }
      failures = 0;
      return feed.interval();
    } catch (IOException | ExecutionException | TimeoutException e) {
      failures++;
      Duration wait = shared.backoff().after(failures, feed.interval());
      LOG.warn(
          "{}: {} (failure {} in a row); trying again in {}",
          feed.url(),
          e.getMessage(),
          failures,
          wait);
      return wait;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return feed.interval();
    } catch (RuntimeException e) {
      // a bug must not end this feed's polls for good
      failures++;
      LOG.warn("{}: unexpected failure", feed.url(), e);
      return shared.backoff().after(failures, feed.interval());
    }
  }

  private void send(FeedFetcher.Document document)
      throws ExecutionException, TimeoutException, InterruptedException {
    Set<String> sent = new HashSet<>(state.sent());
    List<String> keys =
        shared
            .sink()
            .acceptNew(document.item(), sent::contains)
            .get(ACKNOWLEDGE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    state = state.after(document.etag(), document.lastModified(), keys, shared.remembered());
    try {
      shared.states().save(feed.url(), state);
    } catch (IOException e) {
      // kept in memory: this run sends nothing twice; a restart may send some again
      LOG.warn("cannot save the state of {}: {}", feed.url(), e.getMessage());
    }
  }
}
