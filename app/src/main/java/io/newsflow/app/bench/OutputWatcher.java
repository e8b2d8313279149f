package io.newsflow.app.bench;

import io.newsflow.common.kafka.KafkaSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a stage's output topic and the dead-letter topic as a subscriber would, committed records
 * only, and tells {@link Deliveries} when each article came out. Every partition is assigned (no
 * group, so no rebalance to wait for) from the beginning: the topics are new for the run.
 */
final class OutputWatcher implements AutoCloseable {
  private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);

  private final KafkaConsumer<String, byte[]> consumer;
  private final String output;
  private final Deliveries deliveries;
  private final Thread thread;
  private volatile boolean stopping;
  private volatile RuntimeException failure;

  private OutputWatcher(KafkaSettings kafka, String output, Deliveries deliveries) {
    this.output = output;
    this.deliveries = deliveries;
    this.consumer =
        new KafkaConsumer<>(
            kafka.properties(
                Map.of(
                    ConsumerConfig.CLIENT_ID_CONFIG,
                    "newsflow-bench",
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                    "read_committed",
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                    false,
                    ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG,
                    false)),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    try {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : List.of(output, kafka.topics().deadLetters().name())) {
        partitions.addAll(partitions(topic));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
    } catch (RuntimeException e) {
      consumer.close(Duration.ofSeconds(5));
      throw e;
    }
    this.thread = new Thread(this::run, "newsflow-bench-output");
    thread.setDaemon(true);
  }

  /**
   * The partitions of {@code topic}, waiting for them: a topic created a moment ago may not be in
   * the metadata this client is given yet, and an empty answer would leave it unread.
   */
  private List<TopicPartition> partitions(String topic) {
    long deadline = System.nanoTime() + METADATA_TIMEOUT.toNanos();
    while (true) {
      List<PartitionInfo> found = consumer.partitionsFor(topic, METADATA_TIMEOUT);
      if (!found.isEmpty()) {
        return found.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
      }
      if (System.nanoTime() > deadline) {
        throw new BenchException("the topic " + topic + " has no partitions; was it deleted?");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BenchException("interrupted while waiting for the topic " + topic, e);
      }
    }
  }

  /** Starts reading {@code output} and the dead letters of {@code kafka}'s topics. */
  static OutputWatcher start(KafkaSettings kafka, String output, Deliveries deliveries) {
    OutputWatcher watcher = new OutputWatcher(kafka, output, deliveries);
    watcher.thread.start();
    return watcher;
  }

  private void run() {
    try {
      while (!stopping) {
        var records = consumer.poll(Duration.ofMillis(100));
        long now = System.nanoTime();
        for (ConsumerRecord<String, byte[]> record : records) {
          deliveries.cameOut(record.key(), !record.topic().equals(output), now);
        }
      }
    } catch (WakeupException e) {
      // stopping
    } catch (RuntimeException e) {
      failure = e;
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  /** Throws what stopped the reading, if it stopped by failing. */
  void check() {
    if (failure != null) {
      throw new BenchException("could not read " + output + ": " + failure.getMessage(), failure);
    }
  }

  /** Stops reading; once this returns, the figures in {@link Deliveries} are final. */
  @Override
  public void close() throws InterruptedException {
    if (stopping) {
      return;
    }
    stopping = true;
    consumer.wakeup();
    thread.join(10_000);
  }
}
