package io.newsflow.sink.subscription;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.metrics.PipelineMetrics;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's subscriptions while it runs: the ones in force (read by the stream through {@link
 * #routes()}), a consumer of the enriched topic for each file and webhook target, the file watched
 * for changes. Topics a subscription names are created (by {@code createTopics}) before it takes
 * effect, since the sink cannot write to a topic that does not exist.
 */
public final class Subscriptions implements AutoCloseable {
  /** How often the file is looked at for changes. */
  public static final Duration POLL = Duration.ofSeconds(2);

  /** How long a stopping target may take to finish the article in hand before it is abandoned. */
  private static final Duration DRAIN = Duration.ofSeconds(5);

  private static final Duration ASSIGNMENT = Duration.ofSeconds(60);
  private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);

  private final Consumer<Collection<String>> createTopics;
  private final SubscriptionMetrics metrics;
  private final KafkaSettings kafka;
  private final String applicationId;
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
      String applicationId,
      MeterRegistry registry,
      Consumer<Collection<String>> createTopics) {
    this.kafka = kafka;
    this.applicationId = applicationId;
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
   * Puts {@code initial} (as read from {@code file}) in force and starts watching the file. Returns
   * once each file and webhook consumer has its partitions, so nothing the sink reads after it
   * starts is missed by them.
   *
   * @param applicationId the sink's; each file or webhook consumer's group is named after it
   * @param createTopics creates the named topics that do not exist yet, or throws
   */
  public static Subscriptions start(
      Path file,
      List<Subscription> initial,
      SubscriptionFile parser,
      KafkaSettings kafka,
      String applicationId,
      MeterRegistry registry,
      Consumer<Collection<String>> createTopics) {
    return new Subscriptions(file, initial, parser, kafka, applicationId, registry, createTopics);
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
   * Puts a new set in force: its topics created first, consumers kept for subscriptions that did
   * not change, started for new ones (and waited for until they have their partitions), and stopped
   * for those that went.
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
    Map<Subscription, SubscriptionConsumer> consumers = new HashMap<>();
    List<SubscriptionConsumer> started = new ArrayList<>();
    for (Subscription subscription : subscriptions) {
      metrics.register(subscription);
      SubscriptionConsumer kept = before.consumers().get(subscription);
      if (kept != null) {
        consumers.put(subscription, kept);
      } else if (!(subscription.target() instanceof Target.Topic)) {
        SubscriptionConsumer consumer = consumer(subscription);
        consumers.put(subscription, consumer);
        started.add(consumer);
      }
    }
    started.forEach(this::awaitAssignment);
    routes.set(new Routes(subscriptions, consumers));
    before
        .consumers()
        .forEach(
            (subscription, consumer) -> {
              if (!consumers.containsKey(subscription)) {
                consumer.close(DRAIN);
              }
            });
  }

  private void awaitAssignment(SubscriptionConsumer consumer) {
    try {
      if (!consumer.awaitAssignment(ASSIGNMENT)) {
        log.warn(
            "a subscription has no partitions after {}; it starts when it gets them", ASSIGNMENT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private SubscriptionConsumer consumer(Subscription subscription) {
    Sender sender =
        subscription.target() instanceof Target.Webhook hook
            ? new WebhookSender(subscription, hook, http, metrics)
            : new FileSender(
                ((Target.File) subscription.target()).path(), subscription.tuning().rotateBytes());
    return new SubscriptionConsumer(
        subscription,
        new KafkaConsumer<>(
            kafka.properties(
                Map.of(
                    ConsumerConfig.GROUP_ID_CONFIG,
                    applicationId + ".subscription." + subscription.name(),
                    ConsumerConfig.CLIENT_ID_CONFIG,
                    "newsflow-sink-subscription-" + subscription.name(),
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                    "read_committed",
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                    "false",
                    // a subscription new to the cluster starts at the end of the topic
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                    "latest",
                    // a batch is committed when all of it is done; a dead webhook may take a
                    // minute an article, and the group must not drop the consumer meanwhile
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                    "10",
                    ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG,
                    "900000")),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer()),
        kafka.topics().enriched().name(),
        sender,
        deadLetters,
        metrics);
  }

  /**
   * Stops watching and reading; each target may finish the article in hand for a few seconds, and
   * what it did not finish is not committed, so it is delivered after the restart.
   */
  @Override
  public synchronized void close() {
    watcher.close();
    Routes last = routes.getAndSet(Routes.NONE);
    // all stop at once, then finish side by side: the wait is one grace, not one each
    last.consumers().values().forEach(SubscriptionConsumer::stop);
    last.consumers().values().forEach(consumer -> consumer.close(DRAIN));
    deadLetters.close();
  }
}
