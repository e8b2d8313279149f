package io.newsflow.sink.subscription;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The meters of subscriptions, by subscription name: {@code newsflow_subscription_delivered_total},
 * {@code newsflow_subscription_failures_total} (also by reason) and the {@code
 * newsflow_webhook_seconds} histogram of webhook requests.
 */
public final class SubscriptionMetrics {
  public static final String DELIVERED = "newsflow.subscription.delivered";
  public static final String FAILURES = "newsflow.subscription.failures";
  public static final String WEBHOOK_TIME = "newsflow.webhook";

  private final MeterRegistry registry;

  public SubscriptionMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** At zero from the start, so a subscription that matched nothing yet is seen to exist. */
  void register(Subscription subscription) {
    delivered(subscription.name());
  }

  void delivered(Subscription subscription) {
    delivered(subscription.name()).increment();
  }

  /** An article that did not reach the target and was dead-lettered instead. */
  void failed(Subscription subscription, String reason) {
    Counter.builder(FAILURES)
        .description("Articles of a subscription that did not reach its target, dead-lettered")
        .tag("subscription", subscription.name())
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  void webhookRequest(Subscription subscription, Duration duration) {
    Timer.builder(WEBHOOK_TIME)
        .description("One webhook request of a subscription, answered or not")
        .tag("subscription", subscription.name())
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofMinutes(1))
        .register(registry)
        .record(duration);
  }

  private Counter delivered(String name) {
    return Counter.builder(DELIVERED)
        .description("Articles a subscription delivered to its topic, file or webhook")
        .tag("subscription", name)
        .register(registry);
  }
}
