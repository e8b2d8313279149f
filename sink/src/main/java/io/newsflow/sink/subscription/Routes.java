package io.newsflow.sink.subscription;

import java.util.List;
import java.util.Map;

/**
 * The subscriptions in force and the workers of their file and webhook targets: one immutable
 * snapshot, replaced whole when the file changes, so the stream sees either the old set or the new
 * one and never half of each.
 */
record Routes(List<Subscription> subscriptions, Map<Subscription, DeliveryWorker> workers) {
  static final Routes NONE = new Routes(List.of(), Map.of());

  Routes {
    subscriptions = List.copyOf(subscriptions);
    workers = Map.copyOf(workers);
  }

  /**
   * Queues an article for a file or webhook subscription; false when its queue is full. A
   * subscription dropped by a reload since the snapshot was taken wants nothing any more: true.
   */
  boolean offer(Subscription subscription, Delivery delivery) {
    DeliveryWorker worker = workers.get(subscription);
    return worker == null || worker.offer(delivery);
  }
}
