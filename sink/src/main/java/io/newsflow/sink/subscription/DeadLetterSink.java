package io.newsflow.sink.subscription;

import io.newsflow.common.kafka.DeadLetters;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.metrics.PipelineMetrics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dead letters for articles a file or webhook did not take, written outside the sink's stream, so
 * by a producer of their own: the enriched record as read, under its key, with stage {@code sink},
 * the reason and where it was read, so {@code newsflow dlq replay} can send it again.
 */
final class DeadLetterSink implements AutoCloseable {
  static final String STAGE = "sink";
  private static final Logger log = LoggerFactory.getLogger(DeadLetterSink.class);

  private final KafkaProducer<byte[], byte[]> producer;
  private final String topic;
  private final PipelineMetrics metrics;

  DeadLetterSink(KafkaSettings kafka, PipelineMetrics metrics) {
    this.producer =
        new KafkaProducer<>(
            kafka.properties(
                Map.of(
                    ProducerConfig.CLIENT_ID_CONFIG, "newsflow-sink-subscriptions",
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                    ProducerConfig.MAX_REQUEST_SIZE_CONFIG, kafka.topics().maxRecordBytes())),
            new ByteArraySerializer(),
            new ByteArraySerializer());
    this.topic = kafka.topics().deadLetters().name();
    this.metrics = metrics;
  }

  void send(Subscription subscription, Delivery delivery, String reason) {
    String full = reason(subscription, reason);
    producer.send(
        new ProducerRecord<>(
            topic,
            null,
            delivery.id().getBytes(StandardCharsets.UTF_8),
            delivery.original(),
            DeadLetters.headers(
                null, STAGE, full, delivery.topic(), delivery.partition(), delivery.offset())),
        (metadata, error) -> {
          if (error != null) {
            log.error(
                "could not write the dead letter of article {} ({}): {}",
                delivery.id(),
                full,
                error.toString());
          }
        });
    metrics.deadLetter(STAGE, DeadLetters.label(full));
  }

  /**
   * Counted by what comes before the first colon: {@code not delivered to subscription NAME}; the
   * header keeps the whole of it.
   */
  static String reason(Subscription subscription, String why) {
    return "not delivered to subscription " + subscription.name() + ": " + why;
  }

  /** Waits until every dead letter sent so far is written (or failed, which is logged). */
  void flush() {
    producer.flush();
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
