package io.newsflow.sink.events;

import io.newsflow.common.article.ArticleFilter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One connected subscriber: what it wants, and the events waiting for its connection, at most
 * {@code capacity}. The stream thread only ever offers: a client whose queue is full has fallen
 * behind and is cut off, so it can never hold up the others. Cutting off interrupts the thread
 * writing to it, which may be stuck in a write to a client that stopped reading: that closes the
 * connection and frees the thread.
 */
final class EventClient {
  private final ArticleFilter filter;
  private final BlockingQueue<String> frames;
  private volatile boolean cutOff;
  private Thread writer;

  EventClient(ArticleFilter filter, int capacity) {
    this.filter = filter;
    this.frames = new ArrayBlockingQueue<>(capacity);
  }

  boolean wants(ArticleEvent event) {
    return event.matches(filter);
  }

  ArticleFilter filter() {
    return filter;
  }

  /** Queues a frame without waiting; false (and cut off from then on) when the queue is full. */
  boolean offer(String frame) {
    if (cutOff || !frames.offer(frame)) {
      cutOff = true;
      interruptWriter();
      return false;
    }
    return true;
  }

  /** The thread that writes this client's events, until {@link #released()}. */
  synchronized void writtenBy(Thread thread) {
    writer = thread;
  }

  /** The writer is done: its thread goes back to the server's pool, never to be interrupted. */
  synchronized void released() {
    writer = null;
  }

  private synchronized void interruptWriter() {
    if (writer != null) {
      writer.interrupt();
    }
  }

  /** The next frame, waiting at most {@code wait}; empty when none came. */
  Optional<String> next(Duration wait) throws InterruptedException {
    return Optional.ofNullable(frames.poll(wait.toNanos(), TimeUnit.NANOSECONDS));
  }

  /** Whether events were lost because this client fell behind. */
  boolean cutOff() {
    return cutOff;
  }
}
