package io.newsflow.app.dlq;

import io.newsflow.common.kafka.KafkaSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a whole topic, from its first record to its end as it was when reading began, without a
 * consumer group (nothing is committed). Only committed records ({@code read_committed}): the
 * services write dead letters in their transactions, and an aborted one never happened.
 */
final class TopicReader {
  private static final Duration POLL = Duration.ofMillis(200);

  private final KafkaSettings settings;

  TopicReader(KafkaSettings settings) {
    this.settings = settings;
  }

  /**
   * Hands every record of {@code topic} to {@code each}; returns how many. A topic that does not
   * exist has none.
   *
   * @throws CommandFailure when the end is not reached within {@code timeout}
   */
  long readAll(String topic, Duration timeout, Consumer<ConsumerRecord<byte[], byte[]>> each) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            settings.properties(
                Map.of(
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                    ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false",
                    ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-dlq")),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
      if (infos == null || infos.isEmpty()) {
        return 0;
      }
      List<TopicPartition> partitions =
          infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      // under read_committed, the end is the last stable offset: past it, transactions still open
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
      long count = 0;
      while (!reachedEnd(consumer, end)) {
        if (System.nanoTime() > deadline) {
          throw new DeadLetterException(
              "read "
                  + count
                  + " records of "
                  + topic
                  + " but not to its end within "
                  + timeout.toSeconds()
                  + " s; try a longer --timeout");
        }
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
          if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
            each.accept(record);
            count++;
          }
        }
      }
      return count;
    }
  }

  private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
    return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
  }
}
