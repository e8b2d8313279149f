package io.newsflow.app.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A live wire for {@code ingest --from -}: distinct articles written to its standard input as JSON
 * lines at a steady rate, up to a maximum, until {@link #close()} ends the input (and so the
 * ingest). The ids sent so far are what the tests expect to come out.
 */
final class SteadyFeed implements AutoCloseable {
  private final List<String> sent = new CopyOnWriteArrayList<>();
  private final Thread thread;
  private volatile boolean closed;
  private volatile IOException failure;

  SteadyFeed(Process ingest, String prefix, int max, int perSecond) {
    long pauseNanos = 1_000_000_000L / perSecond;
    thread =
        new Thread(
            () -> {
              try (OutputStream in = ingest.getOutputStream()) {
                long next = System.nanoTime();
                for (int i = 0; i < max && !closed; i++) {
                  in.write((Articles.line(prefix, i) + "\n").getBytes(StandardCharsets.UTF_8));
                  in.flush();
                  sent.add(Articles.id(prefix, i));
                  next += pauseNanos;
                  long wait = next - System.nanoTime();
                  if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                  }
                }
              } catch (IOException e) {
                failure = e;
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "feed-" + prefix);
    thread.setDaemon(true);
    thread.start();
  }

  /** How many articles were written so far. */
  int sentCount() {
    return sent.size();
  }

  /** Waits until {@code count} articles were written, or fails. */
  void awaitSent(int count, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (sent.size() < count && feeding() && System.nanoTime() < end) {
      Thread.sleep(100);
    }
    if (sent.size() < count) {
      throw new AssertionError(
          "the feed wrote " + sent.size() + " articles, not " + count, failure);
    }
  }

  /** Whether it is still writing (it stops at its maximum, on close, or when ingest is gone). */
  boolean feeding() {
    return thread.isAlive();
  }

  /** Ends the input (ingest then produces what it has and exits); returns the ids it sent. */
  List<String> finish() throws InterruptedException {
    closed = true;
    thread.join(10_000);
    if (failure != null) {
      throw new AssertionError(
          "writing to ingest failed after " + sent.size() + " articles", failure);
    }
    return List.copyOf(sent);
  }

  @Override
  public void close() throws InterruptedException {
    closed = true;
    thread.interrupt();
    thread.join(10_000);
  }
}
