package io.newsflow.app.subscribe;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.app.dlq.DeadLetter;
import io.newsflow.common.article.ArticleFilter;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.json.Json;
import io.newsflow.common.kafka.KafkaSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a topic of enriched articles and hands each matching one, as one line of JSON, to a sink,
 * until it has handed over {@code max}, the topic has been quiet for {@code idleTimeout}, the sink
 * refuses more (its reader went away) or {@link #stop()} is called.
 *
 * <p>Only committed records are read ({@code read_committed}): the sink writes transactionally, and
 * an aborted article must never reach a subscriber.
 */
public final class Subscriber implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Subscriber.class);
  private static final Duration POLL = Duration.ofMillis(200);

  /** The longest wait for partitions that is not counted as quiet time. */
  static final Duration JOIN_ALLOWANCE = Duration.ofSeconds(15);

  /** What to read and when to stop. */
  public record Options(
      String topic,
      Optional<String> groupId,
      boolean fromBeginning,
      ArticleFilter filter,
      Optional<Integer> max,
      Optional<Duration> idleTimeout) {}

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Options options;
  private long skipped;
  private volatile boolean closed;

  public Subscriber(KafkaSettings settings, Options options) {
    this.options = options;
    this.consumer =
        new KafkaConsumer<>(
            settings.properties(consumerDefaults(options)),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
  }

  static Map<String, Object> consumerDefaults(Options options) {
    Map<String, Object> defaults = new HashMap<>();
    defaults.put(
        ConsumerConfig.GROUP_ID_CONFIG,
        options.groupId().orElse("newsflow-subscribe-" + UUID.randomUUID()));
    // a throwaway group has nothing to resume, so nothing to commit
    defaults.put(
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, String.valueOf(options.groupId().isPresent()));
    defaults.put(
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, options.fromBeginning() ? "earliest" : "latest");
    defaults.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    defaults.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
    defaults.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
    defaults.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-subscribe");
    return defaults;
  }

  /**
   * Reads until one of the stop conditions holds; returns how many articles the sink took.
   *
   * @param sink takes one line of JSON; returns false when it wants no more
   */
  public long run(Predicate<String> sink) {
    long delivered = 0;
    IdleClock idle = new IdleClock(options.idleTimeout());
    try {
      consumer.subscribe(List.of(options.topic()), idle);
      while (true) {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
        if (!records.isEmpty()) {
          idle.recordArrived();
        }
        for (ConsumerRecord<byte[], byte[]> record : records) {
          Optional<String> line = matchingLine(record);
          if (line.isEmpty()) {
            continue;
          }
          if (!sink.test(line.get())) {
            return delivered;
          }
          delivered++;
          if (options.max().isPresent() && delivered >= options.max().get()) {
            return delivered;
          }
        }
        if (idle.expired()) {
          return delivered;
        }
      }
    } catch (WakeupException e) {
      return delivered; // stop() was called
    }
  }

  /**
   * When the topic has been quiet long enough. Joining the group is not quiet time: the clock
   * starts when partitions are assigned, or, if that takes long (no such topic yet), after {@link
   * #JOIN_ALLOWANCE}.
   */
  private static final class IdleClock implements ConsumerRebalanceListener {
    private final Optional<Duration> timeout;
    private final long joinDeadline;
    private long lastActivity;
    private boolean assigned;

    IdleClock(Optional<Duration> timeout) {
      this.timeout = timeout;
      this.lastActivity = System.nanoTime();
      this.joinDeadline =
          lastActivity
              + timeout.map(t -> Math.max(t.toNanos(), JOIN_ALLOWANCE.toNanos())).orElse(0L);
    }

    void recordArrived() {
      lastActivity = System.nanoTime();
    }

    boolean expired() {
      if (timeout.isEmpty()) {
        return false;
      }
      long now = System.nanoTime();
      return assigned ? now - lastActivity >= timeout.get().toNanos() : now >= joinDeadline;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      if (!assigned && !partitions.isEmpty()) {
        assigned = true;
        lastActivity = System.nanoTime();
      }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}
  }

  /** Makes {@link #run} return soon; safe to call from another thread (a shutdown hook). */
  public void stop() {
    if (!closed) {
      consumer.wakeup();
    }
  }

  /** Records that were not JSON, or not enriched articles while filtering. */
  public long skipped() {
    return skipped;
  }

  /** Leaves the group and closes the consumer; idempotent. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }
  }

  private Optional<String> matchingLine(ConsumerRecord<byte[], byte[]> record) {
    Optional<DeadLetter> letter = DeadLetter.of(record);
    if (letter.isPresent()) {
      // never hidden, whatever the filters (they are about articles): why it failed, where it
      // came from and how it starts, since its bytes are whatever could not be read
      return Optional.of(Json.line(letter.get().toJson()));
    }
    if (record.value() == null) {
      return Optional.empty();
    }
    String text = new String(record.value(), StandardCharsets.UTF_8).strip();
    JsonNode tree;
    try {
      tree = Json.tree(text);
    } catch (IOException e) {
      return skip(record, "not JSON");
    }
    if (tree == null || !tree.isObject()) {
      return skip(record, "not a JSON object");
    }
    if (!options.filter().acceptsEverything()) {
      EnrichedArticle article;
      try {
        article = Json.convert(tree, EnrichedArticle.class);
      } catch (IllegalArgumentException e) {
        return skip(record, "not an enriched article");
      }
      if (!options.filter().matches(article)) {
        return Optional.empty();
      }
    }
    // one object a line: a value stored pretty-printed is printed compactly
    return Optional.of(text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 ? Json.line(tree) : text);
  }

  private Optional<String> skip(ConsumerRecord<byte[], byte[]> record, String why) {
    if (skipped++ == 0) {
      log.warn(
          "skipping records of {} that cannot be read ({} at partition {}, offset {})",
          record.topic(),
          why,
          record.partition(),
          record.offset());
    }
    return Optional.empty();
  }
}
