package io.newsflow.ingest;

import io.newsflow.common.metrics.Health;
import io.newsflow.common.service.Service;
import io.newsflow.ingest.source.ArticleSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs sources into an {@link Ingestor}, each source on its own thread (a watched folder and an
 * HTTP port can run side by side). With only finite sources, {@link #awaitCompletion()} returns the
 * summary once all are read and acknowledged; endless ones run until {@link #close()}.
 */
public final class IngestService implements Service {
  private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

  private final Ingestor ingestor;
  private final List<ArticleSource> sources;
  private final List<Thread> threads = new ArrayList<>();
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private volatile boolean started;

  public IngestService(Ingestor ingestor, List<ArticleSource> sources) {
    this.ingestor = ingestor;
    this.sources = List.copyOf(sources);
  }

  @Override
  public String name() {
    return "ingest";
  }

  /**
   * Whether any source runs until closed, so {@link #awaitCompletion()} would not return by itself.
   */
  public boolean endless() {
    return sources.stream().anyMatch(ArticleSource::endless);
  }

  @Override
  public synchronized void start() {
    if (started) {
      return;
    }
    started = true;
    for (int i = 0; i < sources.size(); i++) {
      ArticleSource source = sources.get(i);
      Thread thread = new Thread(() -> run(source), "newsflow-ingest-" + i);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
  }

  private void run(ArticleSource source) {
    try {
      source.run(source.endless() ? ingestor.skippingRepeats() : ingestor);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      String error = source.description() + ": " + e.getMessage();
      errors.add(error);
      LOG.warn("cannot read {}", error);
    }
  }

  /**
   * Waits until every source has ended (all of them finite), then until the broker acknowledged
   * everything sent, and returns the summary.
   */
  public IngestSummary awaitCompletion() throws InterruptedException {
    start();
    for (Thread thread : threads) {
      thread.join();
    }
    return ingestor.flush();
  }

  /**
   * Sources that failed (a file that could not be read), as "path: reason"; empty when all went
   * well.
   */
  public List<String> errors() {
    return List.copyOf(errors);
  }

  public IngestSummary summary() {
    return ingestor.summary();
  }

  @Override
  public Health health() {
    if (!started) {
      return Health.down("not started");
    }
    IngestSummary summary = ingestor.summary();
    Map<String, String> details =
        Map.of(
            "produced", Long.toString(summary.produced()),
            "rejected", Long.toString(summary.rejected()),
            "failed", Long.toString(summary.failed()),
            "sourceErrors", Integer.toString(errors.size()));
    Exception failure = ingestor.firstFailure();
    if (failure != null) {
      return new Health(false, "cannot produce to Kafka: " + failure.getMessage(), details);
    }
    if (!errors.isEmpty()) {
      return new Health(false, "cannot read " + errors.get(0), details);
    }
    return new Health(true, "ingesting from " + sources.size() + " source(s)", details);
  }

  /** Stops endless sources, waits for the threads, flushes and closes the producer. */
  @Override
  public void close() {
    sources.forEach(ArticleSource::close);
    for (Thread thread : threads) {
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    ingestor.close();
  }
}
