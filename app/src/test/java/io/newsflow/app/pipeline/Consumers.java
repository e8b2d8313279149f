package io.newsflow.app.pipeline;

import io.newsflow.common.kafka.KafkaSettings;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/** Consumers for the pipeline tests. */
final class Consumers {
  private Consumers() {}

  /**
   * A consumer of {@code topic} in a group of its own, from the start, that sees committed
   * (exactly-once) output only.
   */
  static <K> KafkaConsumer<K, byte[]> committedFromStart(
      KafkaSettings kafka, String topic, Deserializer<K> keys) {
    KafkaConsumer<K, byte[]> consumer =
        new KafkaConsumer<>(
            kafka.properties(
                Map.of(
                    ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")),
            keys,
            new ByteArrayDeserializer());
    consumer.subscribe(List.of(topic));
    return consumer;
  }
}
