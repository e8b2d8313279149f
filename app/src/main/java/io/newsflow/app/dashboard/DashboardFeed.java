package io.newsflow.app.dashboard;

import com.fasterxml.jackson.databind.ObjectReader;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.json.Json;
import io.newsflow.common.kafka.KafkaSettings;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what subscribers receive (committed records of the downstream topic, enriched format) into
 * {@link RecentNews}, on a thread of its own, until closed.
 */
public final class DashboardFeed implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DashboardFeed.class);
  private static final ObjectReader ENRICHED = Json.reader(EnrichedArticle.class);

  private final KafkaConsumer<String, byte[]> consumer;
  private final RecentNews news;
  private final Clock clock;
  private final Thread thread;
  private final Consumer<EnrichedArticle> listener;

  public DashboardFeed(KafkaSettings kafka, RecentNews news, Clock clock) {
    this(kafka, news, clock, article -> {});
  }

  /** As the other constructor; {@code listener} also sees each article, on the feed's thread. */
  public DashboardFeed(
      KafkaSettings kafka, RecentNews news, Clock clock, Consumer<EnrichedArticle> listener) {
    this.news = news;
    this.listener = listener;
    this.clock = clock;
    this.consumer =
        new KafkaConsumer<>(
            kafka.properties(
                Map.of(
                    ConsumerConfig.GROUP_ID_CONFIG,
                    "newsflow-dashboard-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                    "earliest",
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                    "read_committed",
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                    false)),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    consumer.subscribe(List.of(kafka.topics().downstream().name()));
    this.thread = new Thread(this::run, "newsflow-dashboard-feed");
    thread.setDaemon(true);
  }

  public DashboardFeed start() {
    thread.start();
    return this;
  }

  private void run() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          try {
            EnrichedArticle article = ENRICHED.readValue(record.value());
            if (article != null && EnrichedArticle.SCHEMA.equals(article.schema())) {
              news.add(article, clock.instant());
              listener.accept(article);
            }
          } catch (IOException e) {
            log.debug("the dashboard skips a downstream record that is not enriched JSON (ninjs?)");
          }
        }
      }
    } catch (WakeupException e) {
      // closing
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  @Override
  public void close() {
    if (!thread.isAlive()) {
      consumer.close(Duration.ofSeconds(5));
      return;
    }
    consumer.wakeup();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
