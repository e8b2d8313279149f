package io.newsflow.app.bench;

import io.newsflow.common.json.Json;
import io.newsflow.ingest.Ingestor;
import io.newsflow.ingest.source.Receipt;
import io.newsflow.ingest.source.SourceItem;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Sends articles through ingest's own path ({@link Ingestor}: read as JSON, produced idempotently
 * to the raw topic) for as long as asked, counted from the stage's first output, so that every
 * stage is measured for the same time after its start-up.
 *
 * <p>At a fixed rate an article's latency starts when it was due, not when it went: a stage that
 * falls behind is charged for the wait. Flat out (rate 0), each goes as soon as the window of
 * articles in flight has room (a small one until the first output).
 */
final class Load {
  /** Articles in flight at most, flat out, before the first output. */
  static final int STARTUP_WINDOW = 100;

  private static final long PROGRESS_EVERY = TimeUnit.SECONDS.toNanos(5);

  private final ArticleSupply supply;
  private final String runId;
  private final double rate;
  private final Duration duration;
  private final Duration startupLimit;

  Load(ArticleSupply supply, String runId, double rate, Duration duration, Duration startupLimit) {
    this.supply = supply;
    this.runId = runId;
    this.rate = rate;
    this.duration = duration;
    this.startupLimit = startupLimit;
  }

  /**
   * Sends until {@code duration} after the first output; {@code check} runs about once a second and
   * throws when a part of the stage has failed.
   */
  void run(String stage, Ingestor ingestor, Deliveries deliveries, Runnable check, PrintWriter err)
      throws InterruptedException {
    long start = System.nanoTime();
    long nextCheck = start;
    long nextProgress = start + PROGRESS_EVERY;
    for (long n = 0; ; n++) {
      long due = rate > 0 ? start + (long) (n * 1e9 / rate) : System.nanoTime();
      if (due >= end(start, deliveries)) {
        break;
      }
      sleepUntil(due);
      if (rate == 0 && !awaitStartupRoom(start, deliveries)) {
        break;
      }
      // no room until the end: the stage holds a full window; stop sending
      if (!deliveries.awaitRoom(end(start, deliveries))) {
        break;
      }
      long now = System.nanoTime();
      if (now >= nextCheck) {
        check.run();
        nextCheck = now + TimeUnit.SECONDS.toNanos(1);
      }
      if (now >= nextProgress) {
        progress(stage, now - start, deliveries, err);
        nextProgress = now + PROGRESS_EVERY;
      }
      send(n, rate > 0 ? due : now, ingestor, deliveries);
    }
    ingestor.flush();
    if (deliveries.firstOutputNanos() < 0) {
      throw new BenchException(
          "nothing came out of the "
              + stage
              + " within "
              + startupLimit.toSeconds()
              + " s of its start; see the log file (or run with --verbose)");
    }
  }

  private void send(long n, long sentNanos, Ingestor ingestor, Deliveries deliveries) {
    String id = runId + "-" + n;
    byte[] json = Json.line(supply.next(n).withId(id)).getBytes(StandardCharsets.UTF_8);
    deliveries.sending(id, sentNanos, json.length);
    Receipt receipt = ingestor.accept(new SourceItem("bench", "bench#" + n, json));
    if (!receipt.ids().contains(id)) {
      deliveries.refused(id);
    }
  }

  /**
   * Flat out, until the first output, holds the sender to {@link #STARTUP_WINDOW} articles in
   * flight: the stage's start-up is measured, not how long it takes to get through a pile-up.
   */
  private boolean awaitStartupRoom(long start, Deliveries deliveries) throws InterruptedException {
    while (deliveries.firstOutputNanos() < 0 && deliveries.inFlight() >= STARTUP_WINDOW) {
      if (System.nanoTime() >= end(start, deliveries)) {
        return false;
      }
      TimeUnit.MILLISECONDS.sleep(5);
    }
    return true;
  }

  /**
   * The end of sending: {@code duration} after the measured time starts (the first output and the
   * warm-up), or the start-up limit.
   */
  private long end(long start, Deliveries deliveries) {
    long from = deliveries.measuredFromNanos();
    return from < 0 ? start + startupLimit.toNanos() : from + duration.toNanos();
  }

  private static void sleepUntil(long due) throws InterruptedException {
    long wait = due - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }

  private static void progress(String stage, long elapsed, Deliveries deliveries, PrintWriter err) {
    err.printf(
        Locale.ROOT,
        "  %s: %.0f s, sent %d, out %d%n",
        stage,
        elapsed / 1e9,
        deliveries.sent(),
        deliveries.delivered());
    err.flush();
  }
}
