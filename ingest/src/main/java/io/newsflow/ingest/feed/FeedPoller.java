package io.newsflow.ingest.feed;

import io.newsflow.ingest.format.ReadLimits;
import io.newsflow.ingest.source.ArticleSource;
import io.newsflow.ingest.source.ItemSink;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RSS and Atom feeds polled until closed, each on its own schedule by a small pool of threads: a
 * feed that hangs holds one thread for at most its timeout while the others go on. Each feed
 * remembers (in {@link FeedStates}) its validators and what Kafka acknowledged from it, so neither
 * a later poll nor a restart sends an article twice.
 */
public final class FeedPoller implements ArticleSource {
  private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
  private static final Duration STOP_WAIT = Duration.ofSeconds(2);

  private final List<Feed> feeds;
  private final FeedStates states;
  private final FeedSettings settings;
  private final FeedFetcher fetcher;
  private final Backoff backoff;
  private final CountDownLatch stop = new CountDownLatch(1);

  public FeedPoller(List<Feed> feeds, FeedStates states, FeedSettings settings, ReadLimits limits) {
    this.feeds = List.copyOf(feeds);
    this.states = states;
    this.settings = settings;
    this.fetcher = new FeedFetcher(settings.timeout(), limits);
    this.backoff =
        new Backoff(settings.maxBackoff(), () -> ThreadLocalRandom.current().nextDouble());
  }

  @Override
  public String description() {
    return feeds.size() == 1 ? feeds.get(0).url().toString() : feeds.size() + " feeds";
  }

  @Override
  public boolean endless() {
    return true;
  }

  @Override
  public void run(ItemSink sink) throws InterruptedException {
    ScheduledThreadPoolExecutor scheduler =
        new ScheduledThreadPoolExecutor(
            Math.min(feeds.size(), settings.threads()), threadsNamed("newsflow-feed-"));
    scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    FeedTask.Shared shared =
        new FeedTask.Shared(fetcher, states, sink, backoff, settings.remembered());
    try {
      for (Feed feed : feeds) {
        FeedTask task = new FeedTask(feed, stateOf(feed), shared);
        scheduler.execute(() -> keepPolling(scheduler, task));
      }
      stop.await();
    } finally {
      // no interrupt: a poll under way may be saving its state, which an interrupt would lose (and
      // a fetch blocked on a silent server ignores it anyway). Waiting polls are dropped; one under
      // way finishes, or is left to end at its timeout and find the pool shut.
      scheduler.shutdown();
      scheduler.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Its saved state; none when that cannot be read, which at worst sends some articles again. */
  private FeedState stateOf(Feed feed) {
    try {
      return states.load(feed.url());
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "cannot read the saved state of {}, starting afresh: {}", feed.url(), e.getMessage());
      return FeedState.empty();
    }
  }

  private void keepPolling(ScheduledThreadPoolExecutor scheduler, FeedTask task) {
    if (stop.getCount() == 0) {
      return;
    }
    Duration next = task.poll();
    try {
      scheduler.schedule(
          () -> keepPolling(scheduler, task), next.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // closed meanwhile: no next poll
    }
  }

  private static ThreadFactory threadsNamed(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    stop.countDown();
  }
}
