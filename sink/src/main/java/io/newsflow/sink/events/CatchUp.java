package io.newsflow.sink.events;

import io.newsflow.common.kafka.KafkaSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What a resuming client missed: the matching articles of each partition from where the stream
 * stood after its last event up to where the stream stood when it came back. At most the resume
 * index's worth of records lie between the two, so this ends soon; from then on the client's queue
 * has the rest.
 */
final class CatchUp {
  /** Takes one event's frame; may fail when the client has gone. */
  interface Frames {
    void send(String frame) throws IOException;
  }

  private static final Duration POLL = Duration.ofMillis(200);

  private final KafkaSettings kafka;
  private final Duration timeout;

  CatchUp(KafkaSettings kafka, Duration timeout) {
    this.kafka = kafka;
    this.timeout = timeout;
  }

  /**
   * Sends the articles {@code client} wants between {@code from} and {@code upTo}; false when the
   * topic did not yield them within the timeout (the broker is away).
   */
  boolean run(ArticleStream.Start start, EventClient client, Frames frames) throws IOException {
    List<TopicPartition> partitions = start.partitions();
    long[] from = start.from().orElseThrow();
    long[] upTo = start.upTo();
    KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            ArticleStream.consumerProperties(kafka, "newsflow-sink-events-resume"),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    try {
      consumer.assign(partitions);
      for (TopicPartition partition : partitions) {
        consumer.seek(partition, from[partition.partition()]);
      }
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!done(consumer, partitions, upTo)) {
        if (System.nanoTime() > deadline) {
          return false;
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
          if (record.offset() >= upTo[record.partition()]) {
            continue; // the stream has it, and has queued it if the client wants it
          }
          Optional<ArticleEvent> event = ArticleEvent.of(record);
          if (event.isPresent() && client.wants(event.get())) {
            frames.send(event.get().frame());
          }
        }
      }
      return true;
    } finally {
      consumer.close(CloseOptions.timeout(Duration.ofSeconds(1)));
    }
  }

  private static boolean done(
      KafkaConsumer<?, ?> consumer, List<TopicPartition> partitions, long[] upTo) {
    for (TopicPartition partition : partitions) {
      if (consumer.position(partition) < upTo[partition.partition()]) {
        return false;
      }
    }
    return true;
  }
}
