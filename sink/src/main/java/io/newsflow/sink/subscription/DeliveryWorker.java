package io.newsflow.sink.subscription;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One file or webhook target with its own bounded queue and thread, so that a slow or dead target
 * holds up nothing but itself: the stream only {@link #offer}s, and an article that does not fit is
 * the caller's to dead-letter. What the target does not take is dead-lettered here.
 */
final class DeliveryWorker implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
  private static final long POLL_MILLIS = 200;

  private final Subscription subscription;
  private final Sender sender;
  private final DeadLetterSink deadLetters;
  private final SubscriptionMetrics metrics;
  private final BlockingQueue<Delivery> queue;
  private final Thread thread;
  private volatile boolean closing;

  DeliveryWorker(
      Subscription subscription,
      Sender sender,
      DeadLetterSink deadLetters,
      SubscriptionMetrics metrics) {
    this.subscription = subscription;
    this.sender = sender;
    this.deadLetters = deadLetters;
    this.metrics = metrics;
    this.queue = new ArrayBlockingQueue<>(subscription.tuning().queue());
    this.thread = new Thread(this::run, "newsflow-subscription-" + subscription.name());
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Queues an article; false when the queue is full. A worker stops only when its subscription was
   * removed from the file (the stream stops before the workers do), so an article offered while it
   * stops is one nobody subscribes to any more: taken, and not delivered.
   */
  boolean offer(Delivery delivery) {
    return closing || queue.offer(delivery);
  }

  private void run() {
    try {
      while (!closing || !queue.isEmpty()) {
        Delivery delivery = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (delivery != null) {
          deliver(delivery);
        }
      }
    } catch (InterruptedException e) {
      // stopped while waiting on the target: what is left is dead-lettered by close()
    } finally {
      sender.close();
    }
  }

  private void deliver(Delivery delivery) throws InterruptedException {
    try {
      sender.send(delivery);
      metrics.delivered(subscription);
    } catch (DeliveryFailure failure) {
      fail(delivery, failure.label(), failure.getMessage());
    } catch (InterruptedException e) {
      if (!queue.offer(delivery)) { // for close() to dead-letter with the rest
        fail(delivery, "stopped", "the sink stopped before delivering it");
      }
      throw e;
    }
  }

  private void fail(Delivery delivery, String label, String why) {
    metrics.failed(subscription, label);
    deadLetters.send(subscription, delivery, why);
  }

  /** Takes no more articles; what is queued is still delivered. */
  void stopTaking() {
    closing = true;
  }

  /**
   * Takes no more, lets the queue drain for up to {@code grace}, then interrupts the target and
   * dead-letters what is left: at least once means delivered or in the dead-letter topic.
   */
  void close(Duration grace) {
    closing = true;
    try {
      thread.join(Math.max(1, grace.toMillis()));
      if (thread.isAlive()) {
        thread.interrupt();
        thread.join(1000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<Delivery> left = new ArrayList<>();
    queue.drainTo(left);
    if (!left.isEmpty()) {
      log.warn(
          "subscription {}: {} articles not delivered before the stop, sent to the dead-letter topic",
          subscription.name(),
          left.size());
    }
    left.forEach(d -> fail(d, "stopped", "the sink stopped before delivering it"));
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(5));
  }
}
