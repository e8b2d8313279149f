package io.newsflow.app.reliability;

import io.newsflow.common.kafka.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * How often each key occurs on some topics, committed records only ({@code read_committed}), from
 * their beginning, and when each key first came: a consumer on its own thread until closed. The
 * reliability tests count with it that every article came out once, and time recoveries by it.
 */
final class CommittedKeys implements AutoCloseable {
  /** After the last expected key, how long to go on reading for a copy of any. */
  private static final Duration SETTLE = Duration.ofSeconds(10);

  private final Map<String, Integer> counts = new ConcurrentHashMap<>();
  private final Map<String, Long> firstSeenNanos = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> keysByTopic = new ConcurrentHashMap<>();
  private final Map<String, List<String>> placesByKey = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean closed;
  private volatile RuntimeException failure;

  CommittedKeys(String bootstrap, List<String> topics) {
    this(bootstrap, Map.of(), topics);
  }

  /** As the other constructor, with client properties (security) for the consumer. */
  CommittedKeys(String bootstrap, Map<String, String> clientProperties, List<String> topics) {
    Properties p = new Properties();
    p.putAll(clientProperties);
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    thread = new Thread(() -> read(p, topics), "committed-keys");
    thread.setDaemon(true);
    thread.start();
  }

  private void read(Properties p, List<String> topics) {
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : topics) {
        consumer
            .partitionsFor(topic, Duration.ofSeconds(30))
            .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while (!closed) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          String key =
              record.key() == null ? "(no key)" : new String(record.key(), StandardCharsets.UTF_8);
          firstSeenNanos.putIfAbsent(key, System.nanoTime());
          counts.merge(key, 1, Integer::sum);
          keysByTopic.computeIfAbsent(record.topic(), t -> ConcurrentHashMap.newKeySet()).add(key);
          placesByKey
              .computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>()))
              .add(place(record));
        }
      }
    } catch (RuntimeException e) {
      failure = e;
    }
  }

  /**
   * Where a record sits, and for a dead letter its stage and reason: what a doubled key's copies
   * need to say for a failure to be read without the broker's data.
   */
  private static String place(ConsumerRecord<byte[], byte[]> record) {
    String at = record.topic() + "-" + record.partition() + "@" + record.offset();
    Header stage = record.headers().lastHeader(DeadLetters.STAGE);
    Header reason = record.headers().lastHeader(DeadLetters.REASON);
    if (stage == null || reason == null) {
      return at;
    }
    return at
        + " ("
        + new String(stage.value(), StandardCharsets.UTF_8)
        + ": "
        + new String(reason.value(), StandardCharsets.UTF_8)
        + ")";
  }

  /** Where each copy of the keys came, key by key: to say where doubled ones sit. */
  Map<String, List<String>> places(Collection<String> keys) {
    Map<String, List<String>> places = new TreeMap<>();
    for (String key : keys) {
      List<String> at = placesByKey.getOrDefault(key, List.of());
      synchronized (at) {
        places.put(key, List.copyOf(at));
      }
    }
    return places;
  }

  /** Distinct keys seen so far on one of the topics: how many were dead-lettered, say. */
  int distinctOn(String topic) {
    return keysByTopic.getOrDefault(topic, Set.of()).size();
  }

  /** Distinct keys seen so far. */
  int distinct() {
    return counts.size();
  }

  /**
   * The {@link System#nanoTime} at which the first key matching came, waiting up to the timeout;
   * empty if none came.
   */
  OptionalLong awaitFirst(Predicate<String> key, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (true) {
      OptionalLong first =
          firstSeenNanos.entrySet().stream()
              .filter(e -> key.test(e.getKey()))
              .mapToLong(Map.Entry::getValue)
              .min();
      if (first.isPresent() || System.nanoTime() > end) {
        return first;
      }
      failIfBroken();
      Thread.sleep(100);
    }
  }

  /**
   * The {@link System#nanoTime} of the first delivery of an article numbered {@code fedFrom} or
   * later ({@link Articles#number}), waiting up to the timeout; empty if none came.
   */
  OptionalLong firstFedFrom(int fedFrom, Duration timeout) throws InterruptedException {
    return awaitFirst(id -> Articles.number(id) >= fedFrom, timeout);
  }

  /**
   * Milliseconds from {@code sinceNanos} to the first delivery of an article numbered {@code
   * fedFrom} or later ({@link Articles#number}): after a fault, the first that only the recovered
   * pipeline can have carried. Fails when none comes within the timeout.
   */
  long millisToFirstFedFrom(int fedFrom, long sinceNanos, Duration timeout)
      throws InterruptedException {
    OptionalLong next = firstFedFrom(fedFrom, timeout);
    if (next.isEmpty()) {
      throw new AssertionError(
          "no article fed from number " + fedFrom + " on was delivered within " + timeout);
    }
    return TimeUnit.NANOSECONDS.toMillis(next.getAsLong() - sinceNanos);
  }

  /**
   * The counts once every one of {@code keys} has come and {@link #SETTLE} has passed since the
   * last of them came, or at the timeout. A reader that has been following along since before the
   * last key came (another topic's, say) has waited part or all of that already.
   */
  Map<String, Integer> awaitAll(Collection<String> keys, Duration timeout)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end && !counts.keySet().containsAll(keys)) {
      failIfBroken();
      Thread.sleep(200);
    }
    if (counts.keySet().containsAll(keys)) {
      long lastCame = keys.stream().mapToLong(firstSeenNanos::get).max().orElse(System.nanoTime());
      long settled = lastCame + SETTLE.toNanos() - System.nanoTime();
      if (settled > 0) {
        TimeUnit.NANOSECONDS.sleep(settled);
      }
    }
    failIfBroken();
    return new HashMap<>(counts);
  }

  private void failIfBroken() {
    if (failure != null) {
      throw new AssertionError("the read_committed consumer failed", failure);
    }
  }

  /** What came of the expected keys: lost, doubled, and any that were not expected. */
  record Tally(
      int expected,
      int distinct,
      int records,
      List<String> lost,
      Map<String, Integer> doubled,
      List<String> unexpected) {
    static Tally of(Collection<String> expected, Map<String, Integer> seen) {
      Map<String, Integer> doubled =
          seen.entrySet().stream()
              .filter(e -> e.getValue() > 1)
              .collect(
                  Collectors.toMap(
                      Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
      List<String> lost = expected.stream().filter(id -> !seen.containsKey(id)).sorted().toList();
      List<String> unexpected =
          seen.keySet().stream().filter(k -> !expected.contains(k)).sorted().toList();
      int records = seen.values().stream().mapToInt(Integer::intValue).sum();
      return new Tally(expected.size(), seen.size(), records, lost, doubled, unexpected);
    }

    @Override
    public String toString() {
      return "in "
          + expected
          + ", distinct out "
          + distinct
          + ", records out "
          + records
          + ", lost "
          + lost.size()
          + ", doubled "
          + doubled.size();
    }
  }

  /** Counts once, as {@link #awaitAll}, and closes. */
  static Map<String, Integer> count(
      String bootstrap, List<String> topics, Collection<String> keys, Duration timeout)
      throws InterruptedException {
    return count(bootstrap, Map.of(), topics, keys, timeout);
  }

  /** As the other {@code count}, with client properties (security) for the consumer. */
  static Map<String, Integer> count(
      String bootstrap,
      Map<String, String> clientProperties,
      List<String> topics,
      Collection<String> keys,
      Duration timeout)
      throws InterruptedException {
    try (CommittedKeys committed = new CommittedKeys(bootstrap, clientProperties, topics)) {
      return committed.awaitAll(keys, timeout);
    }
  }

  @Override
  public void close() throws InterruptedException {
    closed = true;
    thread.join(10_000);
  }
}
