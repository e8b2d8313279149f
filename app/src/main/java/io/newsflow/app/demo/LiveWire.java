package io.newsflow.app.demo;

import io.newsflow.common.article.Article;
import io.newsflow.common.json.Json;
import io.newsflow.ingest.Ingestor;
import io.newsflow.ingest.source.SourceItem;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps a wire going for the demo: at a steady rate it sends the sample articles again as the
 * numbered updates a news agency would send ("UPDATE 3-..."), with new ids and times, through the
 * real ingest path. An update is a new article (its text differs), so it is not a duplicate.
 */
public final class LiveWire implements AutoCloseable {
  private final List<Article> articles;
  private final Ingestor ingestor;
  private final Clock clock;
  private final AtomicLong sent = new AtomicLong();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "newsflow-live-wire");
            t.setDaemon(true);
            return t;
          });

  public LiveWire(List<Article> articles, Ingestor ingestor, Clock clock) {
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("the live wire needs at least one article to replay");
    }
    this.articles = List.copyOf(articles);
    this.ingestor = ingestor;
    this.clock = clock;
  }

  /** Sends {@code perSecond} articles a second until closed. */
  public LiveWire start(double perSecond) {
    long periodMicros = Math.max(1, Math.round(1_000_000 / perSecond));
    timer.scheduleAtFixedRate(this::sendNext, periodMicros, periodMicros, TimeUnit.MICROSECONDS);
    return this;
  }

  public long sent() {
    return sent.get();
  }

  void sendNext() {
    long n = sent.incrementAndGet();
    Article sample = articles.get((int) ((n - 1) % articles.size()));
    Article next = update(sample, (n - 1) / articles.size() + 1, clock.instant());
    byte[] json = Json.line(next).getBytes(StandardCharsets.UTF_8);
    ingestor.accept(new SourceItem("demo:live-wire", "demo:live-wire#" + n, json));
  }

  /**
   * Update number {@code update} of {@code sample}, published {@code now}: its own id, and a
   * headline that says which update it is, so its text (and so its fingerprint) is new.
   */
  public static Article update(Article sample, long update, Instant now) {
    return new Article(
        sample.id() + "-update-" + update,
        sample.source(),
        sample.url(),
        "UPDATE " + update + "-" + sample.headline(),
        sample.body(),
        sample.language(),
        now,
        null);
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
