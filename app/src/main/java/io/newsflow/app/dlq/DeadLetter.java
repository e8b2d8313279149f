package io.newsflow.app.dlq;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.common.kafka.DeadLetters;
import io.newsflow.ingest.Ingestor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * One record of the dead-letter topic, read through its headers: why it failed, at which stage,
 * where it came from; its value is the original bytes.
 */
public final class DeadLetter {
  private static final String REASON_LABEL = Ingestor.REASON_LABEL_HEADER;
  private static final String ORIGINAL_SIZE = Ingestor.ORIGINAL_SIZE_HEADER;

  /** How much of the original a line shows: enough to recognise it, short enough to scan. */
  static final int PREVIEW_CHARS = 200;

  private final ConsumerRecord<byte[], byte[]> record;

  private DeadLetter(ConsumerRecord<byte[], byte[]> record) {
    this.record = record;
  }

  /** The record as a dead letter, if it carries the stage header every dead letter has. */
  public static Optional<DeadLetter> of(ConsumerRecord<byte[], byte[]> record) {
    return record.headers().lastHeader(DeadLetters.STAGE) == null
        ? Optional.empty()
        : Optional.of(new DeadLetter(record));
  }

  public ConsumerRecord<byte[], byte[]> record() {
    return record;
  }

  public String stage() {
    return text(DeadLetters.STAGE).orElse("unknown");
  }

  public String reason() {
    return text(DeadLetters.REASON).orElse("unknown");
  }

  /** The reason without its details (what follows the first colon): what letters are grouped by. */
  public String reasonLabel() {
    return DeadLetters.label(reason());
  }

  /** The topic it was read from when it failed; none for input rejected at ingest. */
  public Optional<String> originTopic() {
    return text(DeadLetters.SOURCE_TOPIC);
  }

  /** The file, URL or stream of input rejected before it reached any topic. */
  public Optional<String> source() {
    return text(DeadLetters.SOURCE);
  }

  /** Where it came from, for people: {@code news.raw partition 0 offset 4}, or the source. */
  public String origin() {
    return originTopic()
        .map(
            topic ->
                topic
                    + " partition "
                    + text(DeadLetters.SOURCE_PARTITION).orElse("?")
                    + " offset "
                    + text(DeadLetters.SOURCE_OFFSET).orElse("?"))
        .orElseGet(() -> source().orElse("an unknown source"));
  }

  /** Where this letter sits: {@code TOPIC/PARTITION/OFFSET} of the dead-letter topic. */
  public String coordinates() {
    return record.topic() + "/" + record.partition() + "/" + record.offset();
  }

  public Instant timestamp() {
    return Instant.ofEpochMilli(record.timestamp());
  }

  /** Only the head of an oversized input was kept: replaying it would send something else. */
  public boolean cutShort() {
    return text(ORIGINAL_SIZE).isPresent();
  }

  /**
   * Whether {@code text} names this letter's reason: its label, ingest's fixed label or a part of
   * the full reason.
   */
  public boolean hasReason(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    return reason().toLowerCase(Locale.ROOT).contains(wanted)
        || text(REASON_LABEL).map(l -> l.equalsIgnoreCase(wanted)).orElse(false);
  }

  /** The original's start as text, for people (bytes that are not UTF-8 show as U+FFFD). */
  public String preview(int chars) {
    String text = original();
    return text.length() <= chars ? text : text.substring(0, chars);
  }

  private String original() {
    return record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
  }

  /** The letter as one JSON object: reason, stage, origin, size and the start of the original. */
  public ObjectNode toJson() {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode node = json.objectNode();
    node.put("stage", stage());
    node.put("reason", reason());
    ObjectNode origin = node.putObject("origin");
    originTopic()
        .ifPresent(
            topic -> {
              origin.put("topic", topic);
              text(DeadLetters.SOURCE_PARTITION).ifPresent(p -> origin.put("partition", number(p)));
              text(DeadLetters.SOURCE_OFFSET).ifPresent(o -> origin.put("offset", number(o)));
            });
    source().ifPresent(source -> origin.put("source", source));
    if (record.key() != null) {
      node.put("key", new String(record.key(), StandardCharsets.UTF_8));
    }
    int size = record.value() == null ? 0 : record.value().length;
    node.put("size", size);
    text(ORIGINAL_SIZE).ifPresent(original -> node.put("originalSize", number(original)));
    node.put("original", preview(PREVIEW_CHARS));
    node.put("originalShortened", original().length() > PREVIEW_CHARS);
    node.put("deadLettered", timestamp().toString());
    node.put("at", coordinates());
    return node;
  }

  private Optional<String> text(String header) {
    Headers headers = record.headers();
    Header h = headers.lastHeader(header);
    if (h == null || h.value() == null) {
      return Optional.empty();
    }
    String value = new String(h.value(), StandardCharsets.UTF_8);
    return value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  private static long number(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
