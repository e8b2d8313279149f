package io.newsflow.sink.subscription;

import java.util.List;
import java.util.Map;

/**
 * The subscriptions in force and the consumers of their file and webhook targets: one immutable
 * snapshot, replaced whole when the file changes, so the stream sees either the old set or the new
 * one and never half of each.
 */
record Routes(List<Subscription> subscriptions, Map<Subscription, SubscriptionConsumer> consumers) {
  static final Routes NONE = new Routes(List.of(), Map.of());

  Routes {
    subscriptions = List.copyOf(subscriptions);
    consumers = Map.copyOf(consumers);
  }
}
