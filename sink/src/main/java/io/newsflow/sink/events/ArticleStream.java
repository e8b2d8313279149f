package io.newsflow.sink.events;

import io.newsflow.common.kafka.KafkaSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reader of the downstream topic for every {@code /subscribe} client, on a thread of its own:
 * each committed article goes to the queue of every client it matches, and into the {@link
 * ResumeIndex}. It reads each partition in turn and never waits for a client.
 *
 * <p>At start it reads back over the latest articles (up to the index's size, shared among the
 * partitions) to fill the index without sending them, so a client can resume across a restart of
 * the sink; clients are taken once that is done. Partitions added to the topic later are read after
 * the sink's next start.
 */
final class ArticleStream implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ArticleStream.class);
  private static final Duration POLL = Duration.ofMillis(200);

  /** Where a new client starts: catch up from {@code from} (if resuming) up to {@code upTo}. */
  record Start(Optional<long[]> from, long[] upTo, List<TopicPartition> partitions) {}

  private final KafkaConsumer<String, byte[]> consumer;
  private final String topic;
  private final ResumeIndex index;
  private final int warmUp;
  private final List<EventClient> clients = new ArrayList<>();
  private final CountDownLatch ready = new CountDownLatch(1);
  private final CountDownLatch closing = new CountDownLatch(1);
  private final Thread thread;
  private List<TopicPartition> partitions = List.of();
  private long[] next = new long[0];
  private long[] live = new long[0];

  ArticleStream(KafkaSettings kafka, EventSettings settings) {
    this.consumer =
        new KafkaConsumer<>(
            consumerProperties(kafka, "newsflow-sink-events"),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    this.topic = kafka.topics().downstream().name();
    this.index = new ResumeIndex(settings.resumeIds());
    this.warmUp = settings.resumeIds();
    this.thread = new Thread(this::run, "newsflow-sink-events");
    thread.setDaemon(true);
  }

  /**
   * A reader of committed records only, with no group: it picks its partitions and offsets itself,
   * and an aborted article must never reach a subscriber.
   */
  static Properties consumerProperties(KafkaSettings kafka, String clientId) {
    return kafka.properties(
        Map.of(
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
            ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false",
            // smaller bursts than a client's queue, so a client keeping up is never cut off
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "250",
            ConsumerConfig.CLIENT_ID_CONFIG, clientId));
  }

  ArticleStream start() {
    thread.start();
    return this;
  }

  /**
   * Adds a client: from now on it gets every matching article the stream reads. What it missed
   * after {@code lastEventId} is for the caller to read from the topic, from {@link Start#from()}
   * up to {@link Start#upTo()}; {@code from} is empty when the id is not among the latest.
   *
   * @return empty when the stream is not reading yet within {@code wait}
   */
  Optional<Start> add(EventClient client, Optional<String> lastEventId, Duration wait)
      throws InterruptedException {
    if (!ready.await(wait.toNanos(), TimeUnit.NANOSECONDS)) {
      return Optional.empty();
    }
    synchronized (this) {
      clients.add(client);
      return Optional.of(new Start(lastEventId.flatMap(index::after), next.clone(), partitions));
    }
  }

  synchronized void remove(EventClient client) {
    clients.remove(client);
  }

  private void run() {
    try {
      begin(awaitPartitions());
      while (true) {
        ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
        synchronized (this) {
          for (ConsumerRecord<String, byte[]> record : records) {
            take(record);
          }
        }
        if (ready.getCount() > 0 && caughtUp()) {
          ready.countDown();
          log.debug("/subscribe is live on {} from {}", topic, Arrays.toString(live));
        }
      }
    } catch (WakeupException | InterruptException e) {
      // closing
    } catch (RuntimeException e) {
      log.warn("/subscribe stopped reading {}: {}", topic, e.toString());
    } finally {
      consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }
  }

  private List<TopicPartition> awaitPartitions() {
    while (true) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic);
      if (infos != null && !infos.isEmpty()) {
        return infos.stream()
            .map(info -> new TopicPartition(topic, info.partition()))
            .sorted(Comparator.comparingInt(TopicPartition::partition))
            .toList();
      }
      try {
        if (closing.await(1, TimeUnit.SECONDS)) { // else the topic is not there yet: look again
          throw new WakeupException();
        }
      } catch (InterruptedException e) {
        throw new InterruptException(e);
      }
    }
  }

  private void begin(List<TopicPartition> assigned) {
    consumer.assign(assigned);
    Map<TopicPartition, Long> ends = consumer.endOffsets(assigned);
    Map<TopicPartition, Long> starts = consumer.beginningOffsets(assigned);
    int slots = assigned.stream().mapToInt(TopicPartition::partition).max().orElse(-1) + 1;
    long[] from = new long[slots];
    long[] liveFrom = new long[slots];
    long back = Math.max(1, warmUp / assigned.size());
    for (TopicPartition partition : assigned) {
      long end = ends.get(partition);
      from[partition.partition()] = Math.max(starts.get(partition), end - back);
      liveFrom[partition.partition()] = end;
      consumer.seek(partition, from[partition.partition()]);
    }
    synchronized (this) {
      partitions = assigned;
      next = from;
      live = liveFrom;
    }
  }

  private boolean caughtUp() {
    for (TopicPartition partition : partitions) {
      if (consumer.position(partition) < live[partition.partition()]) {
        return false;
      }
    }
    return true;
  }

  private void take(ConsumerRecord<String, byte[]> record) {
    int partition = record.partition();
    next[partition] = record.offset() + 1;
    Optional<ArticleEvent> event = ArticleEvent.of(record);
    if (event.isEmpty()) {
      return;
    }
    index.put(event.get().id(), next);
    if (record.offset() < live[partition]) {
      return; // read back at start to fill the index: delivered before this sink started
    }
    String frame = null;
    for (EventClient client : List.copyOf(clients)) {
      if (!client.wants(event.get())) {
        continue;
      }
      frame = frame != null ? frame : event.get().frame();
      if (!client.offer(frame)) {
        clients.remove(client); // its writer says so and ends the connection
      }
    }
  }

  @Override
  public void close() {
    if (!thread.isAlive()) {
      consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
      return;
    }
    closing.countDown();
    consumer.wakeup();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
