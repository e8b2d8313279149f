package io.newsflow.sink.subscription;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.metrics.PipelineMetrics;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The sink's subscriptions while it runs: the ones in force (read by the stream through {@link
 * #routes()}), a worker for each file and webhook target, the file watched for changes. Topics a
 * subscription names are created (by {@code createTopics}) before it takes effect, since the sink
 * cannot write to a topic that does not exist.
 */
public final class Subscriptions implements AutoCloseable {
  /** How often the file is looked at for changes. */
  public static final Duration POLL = Duration.ofSeconds(2);

  private static final Duration DRAIN = Duration.ofSeconds(5);

  private final Consumer<Collection<String>> createTopics;
  private final SubscriptionMetrics metrics;
  private final DeadLetterSink deadLetters;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final AtomicReference<Routes> routes = new AtomicReference<>(Routes.NONE);
  private final SubscriptionWatcher watcher;

  private Subscriptions(
      Path file,
      List<Subscription> initial,
      SubscriptionFile parser,
      KafkaSettings kafka,
      MeterRegistry registry,
      Consumer<Collection<String>> createTopics) {
    this.createTopics = createTopics;
    this.metrics = new SubscriptionMetrics(registry);
    this.deadLetters = new DeadLetterSink(kafka, new PipelineMetrics(registry));
    try {
      apply(initial);
    } catch (RuntimeException e) {
      deadLetters.close(); // nothing else was started
      throw e;
    }
    this.watcher = new SubscriptionWatcher(file, parser::read, this::apply, POLL);
  }

  /**
   * Puts {@code initial} (as read from {@code file}) in force and starts watching the file.
   *
   * @param createTopics creates the named topics that do not exist yet, or throws
   */
  public static Subscriptions start(
      Path file,
      List<Subscription> initial,
      SubscriptionFile parser,
      KafkaSettings kafka,
      MeterRegistry registry,
      Consumer<Collection<String>> createTopics) {
    return new Subscriptions(file, initial, parser, kafka, registry, createTopics);
  }

  Routes routes() {
    return routes.get();
  }

  SubscriptionMetrics metrics() {
    return metrics;
  }

  public List<Subscription> inForce() {
    return routes.get().subscriptions();
  }

  /**
   * Puts a new set in force: its topics created first, workers kept for subscriptions that did not
   * change, started for new ones, and stopped (their queues drained) for those that went.
   */
  private synchronized void apply(List<Subscription> subscriptions) {
    createTopics.accept(
        subscriptions.stream()
            .map(Subscription::target)
            .filter(Target.Topic.class::isInstance)
            .map(t -> ((Target.Topic) t).name())
            .distinct()
            .toList());
    Routes before = routes.get();
    Map<Subscription, DeliveryWorker> workers = new HashMap<>();
    for (Subscription subscription : subscriptions) {
      metrics.register(subscription);
      DeliveryWorker kept = before.workers().get(subscription);
      if (kept != null) {
        workers.put(subscription, kept);
      } else if (!(subscription.target() instanceof Target.Topic)) {
        workers.put(subscription, worker(subscription));
      }
    }
    routes.set(new Routes(subscriptions, workers));
    before
        .workers()
        .forEach(
            (subscription, worker) -> {
              if (!workers.containsKey(subscription)) {
                worker.close(DRAIN);
              }
            });
  }

  private DeliveryWorker worker(Subscription subscription) {
    Sender sender =
        subscription.target() instanceof Target.Webhook hook
            ? new WebhookSender(subscription, hook, http, metrics)
            : new FileSender(
                ((Target.File) subscription.target()).path(), subscription.tuning().rotateBytes());
    return new DeliveryWorker(subscription, sender, deadLetters, metrics);
  }

  /** Stops watching, drains every queue for a few seconds, dead-letters what is left. */
  @Override
  public synchronized void close() {
    watcher.close();
    Routes last = routes.getAndSet(Routes.NONE);
    // all stop taking at once, then drain side by side: the wait is one drain, not one each
    last.workers().values().forEach(DeliveryWorker::stopTaking);
    last.workers().values().forEach(worker -> worker.close(DRAIN));
    deadLetters.close();
  }
}
