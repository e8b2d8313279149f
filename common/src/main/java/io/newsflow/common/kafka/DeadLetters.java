package io.newsflow.common.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * The headers a dead letter carries: why it failed, at which stage, and where it was read from. The
 * value is always the original bytes, so a fixed pipeline can replay it.
 */
public final class DeadLetters {
  public static final String REASON = "newsflow.dlq.reason";
  public static final String STAGE = "newsflow.dlq.stage";
  public static final String SOURCE_TOPIC = "newsflow.dlq.topic";
  public static final String SOURCE_PARTITION = "newsflow.dlq.partition";
  public static final String SOURCE_OFFSET = "newsflow.dlq.offset";

  /** For records rejected before they reached any topic: the file, URL or stream they came from. */
  public static final String SOURCE = "newsflow.dlq.source";

  /**
   * Where a record was first read, carried across a repartition (as {@link #withOrigin}) so that a
   * step after it dead-letters the record under its first topic, partition and offset.
   */
  public static final String ORIGIN_TOPIC = "newsflow.origin.topic";

  public static final String ORIGIN_PARTITION = "newsflow.origin.partition";
  public static final String ORIGIN_OFFSET = "newsflow.origin.offset";

  /** The key the record was first read under (absent for a record without one). */
  public static final String ORIGIN_KEY = "newsflow.origin.key";

  private DeadLetters() {}

  /**
   * {@code headers} with origin headers naming {@code source} and {@code key}, unless they already
   * name an origin (a record read again after a repartition keeps its first one) or the source is
   * unknown.
   */
  public static Headers withOrigin(Headers headers, String key, Optional<RecordMetadata> source) {
    Headers marked = new RecordHeaders(headers == null ? new Header[0] : headers.toArray());
    if (marked.lastHeader(ORIGIN_TOPIC) != null || source.isEmpty()) {
      return marked;
    }
    RecordMetadata m = source.get();
    put(marked, ORIGIN_TOPIC, m.topic());
    put(marked, ORIGIN_PARTITION, Integer.toString(m.partition()));
    put(marked, ORIGIN_OFFSET, Long.toString(m.offset()));
    if (key != null) {
      put(marked, ORIGIN_KEY, key);
    }
    return marked;
  }

  /** The key the record was first read under, from its origin headers, or null. */
  public static byte[] originKey(Headers headers) {
    Header key = headers == null ? null : headers.lastHeader(ORIGIN_KEY);
    return key == null ? null : key.value();
  }

  /** Where the record was first read, from its origin headers, or else {@code current}. */
  public static Optional<RecordMetadata> origin(Headers headers, Optional<RecordMetadata> current) {
    if (headers == null) {
      return current;
    }
    String topic = header(headers, ORIGIN_TOPIC);
    String partition = header(headers, ORIGIN_PARTITION);
    String offset = header(headers, ORIGIN_OFFSET);
    if (topic == null || partition == null || offset == null) {
      return current;
    }
    try {
      return Optional.of(new Origin(topic, Integer.parseInt(partition), Long.parseLong(offset)));
    } catch (NumberFormatException e) {
      return current;
    }
  }

  /** Where a record was read. */
  public record Origin(String topic, int partition, long offset) implements RecordMetadata {}

  /** Headers for a record that failed at {@code stage} after being read from a topic. */
  public static Headers headers(
      Headers original, String stage, String reason, String topic, int partition, long offset) {
    Headers headers = new RecordHeaders(original == null ? new Header[0] : original.toArray());
    put(headers, STAGE, stage);
    put(headers, REASON, reason);
    if (topic != null) {
      put(headers, SOURCE_TOPIC, topic);
      put(headers, SOURCE_PARTITION, Integer.toString(partition));
      put(headers, SOURCE_OFFSET, Long.toString(offset));
    }
    return headers;
  }

  /** Headers for a record that failed at {@code stage} in a processor that knows its origin. */
  public static Headers headers(
      Headers original, String stage, String reason, Optional<RecordMetadata> source) {
    return source
        .map(m -> headers(original, stage, reason, m.topic(), m.partition(), m.offset()))
        .orElseGet(() -> headers(original, stage, reason, null, -1, -1));
  }

  /**
   * Headers for a record the producer could not write to {@code topic}: it was read from no topic
   * as it is, so the topic named is the one it was bound for, where a replay writes it, and it has
   * no partition or offset.
   */
  public static Headers unwritten(Headers original, String stage, String reason, String topic) {
    Headers headers = headers(original, stage, reason, null, -1, -1);
    put(headers, SOURCE_TOPIC, topic);
    headers.remove(SOURCE_PARTITION);
    headers.remove(SOURCE_OFFSET);
    return headers;
  }

  /**
   * A metric label must come from a small set, so a free-text reason (which names line numbers and
   * values) is cut at its first colon: "not an article in JSON: Unexpected character..." is counted
   * as "not an article in JSON". The full reason stays in the dead letter's header.
   */
  public static String label(String reason) {
    if (reason == null || reason.isBlank()) {
      return "unknown";
    }
    int colon = reason.indexOf(':');
    return (colon < 0 ? reason : reason.substring(0, colon)).strip();
  }

  /** Headers for input rejected at ingest, before any topic: named by its source instead. */
  public static Headers rejected(String stage, String reason, String source) {
    Headers headers = new RecordHeaders();
    put(headers, STAGE, stage);
    put(headers, REASON, reason);
    put(headers, SOURCE, source);
    return headers;
  }

  public static String header(Headers headers, String key) {
    Header header = headers.lastHeader(key);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static void put(Headers headers, String key, String value) {
    headers.remove(key);
    headers.add(key, (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
  }
}
