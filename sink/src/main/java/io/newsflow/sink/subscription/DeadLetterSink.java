package io.newsflow.sink.subscription;

import io.newsflow.common.kafka.DeadLetters;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.metrics.PipelineMetrics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Dead letters for articles a file or webhook did not take, written outside the sink's stream, so
 * by a producer of their own: the enriched record as read, under its key, with stage {@code sink},
 * the reason and where it was read, so {@code newsflow dlq replay} can send it again.
 */
final class DeadLetterSink implements AutoCloseable {
  static final String STAGE = "sink";

  private final Producer<byte[], byte[]> producer;
  private final String topic;
  private final PipelineMetrics metrics;

  DeadLetterSink(KafkaSettings kafka, PipelineMetrics metrics) {
    this(
        new KafkaProducer<>(
            kafka.properties(
                Map.of(
                    ProducerConfig.CLIENT_ID_CONFIG, "newsflow-sink-subscriptions",
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                    ProducerConfig.MAX_REQUEST_SIZE_CONFIG, kafka.topics().maxRecordBytes())),
            new ByteArraySerializer(),
            new ByteArraySerializer()),
        kafka.topics().deadLetters().name(),
        metrics);
  }

  DeadLetterSink(Producer<byte[], byte[]> producer, String topic, PipelineMetrics metrics) {
    this.producer = producer;
    this.topic = topic;
    this.metrics = metrics;
  }

  /**
   * Sends the dead letter; the answer says whether it was written, so that the caller commits past
   * the article only then. A send that fails at once fails the answer too.
   */
  Future<RecordMetadata> send(Subscription subscription, Delivery delivery, String reason) {
    String full = reason(subscription, reason);
    ProducerRecord<byte[], byte[]> record =
        new ProducerRecord<>(
            topic,
            null,
            delivery.id().getBytes(StandardCharsets.UTF_8),
            delivery.original(),
            DeadLetters.headers(
                null, STAGE, full, delivery.topic(), delivery.partition(), delivery.offset()));
    try {
      // counted once written: one the broker did not take is read and sent again
      return producer.send(
          record,
          (written, error) -> {
            if (error == null) {
              metrics.deadLetter(STAGE, DeadLetters.label(full));
            }
          });
    } catch (KafkaException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Counted by what comes before the first colon: {@code not delivered to subscription NAME}; the
   * header keeps the whole of it.
   */
  static String reason(Subscription subscription, String why) {
    return "not delivered to subscription " + subscription.name() + ": " + why;
  }

  /** Waits until every dead letter sent so far is written or has failed. */
  void flush() {
    producer.flush();
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
