package io.newsflow.common.kafka;

import io.newsflow.common.article.Article;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.EntityTrend;
import io.newsflow.common.json.JsonSerde;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic of the pipeline, in one place. Names default to the contract's and can each be
 * renamed in configuration ({@code topic.raw=...} and so on); the serdes never change.
 *
 * <p>The raw topic is read as bytes by enrich, so a record that is not an article reaches the
 * dead-letter branch instead of failing in a deserializer; {@link #raw()} is how ingest writes it.
 */
public record Topics(
    Topic<String, Article> raw,
    Topic<String, EnrichedArticle> enriched,
    Topic<String, byte[]> downstream,
    Topic<byte[], byte[]> deadLetters,
    Topic<String, EntityTrend> entityTrends,
    int maxRecordBytes) {

  public static final String RAW = "news.raw";
  public static final String ENRICHED = "news.enriched";
  public static final String DOWNSTREAM = "news.downstream";
  public static final String DEAD_LETTERS = "news.dlq";
  public static final String ENTITY_TRENDS = "news.entity-trends";

  /**
   * The largest record newsflow writes, by default: the topics it creates and Kafka Streams'
   * internal topics accept it, and its producers may send it ({@code newsflow.max.record.bytes}).
   */
  public static final int MAX_RECORD_BYTES = 8 * 1024 * 1024;

  /** The configuration keys that rename topics, with their defaults. */
  public static final Map<String, String> DEFAULT_NAMES =
      Map.of(
          "topic.raw", RAW,
          "topic.enriched", ENRICHED,
          "topic.downstream", DOWNSTREAM,
          "topic.dlq", DEAD_LETTERS,
          "topic.entity-trends", ENTITY_TRENDS);

  public static Topics defaults() {
    return named(Map.of());
  }

  /** Topics named by the {@code topic.*} keys present in {@code names}, defaults for the rest. */
  public static Topics named(Map<String, String> names) {
    return named(names, MAX_RECORD_BYTES);
  }

  /**
   * As {@link #named(Map)}, for topics that take records of up to {@code maxRecordBytes}. The JSON
   * serdes refuse to write a value that would not fit (see {@link #maxValueBytes()}): a record the
   * broker refuses would abort an {@code exactly_once_v2} transaction and stall its partition,
   * while a record that cannot be serialized is dead-lettered before anything is sent.
   */
  public static Topics named(Map<String, String> names, int maxRecordBytes) {
    if (maxRecordBytes < 1024) {
      throw new IllegalArgumentException(
          "a record limit of " + maxRecordBytes + " bytes is too small");
    }
    int values = maxValueBytes(maxRecordBytes);
    return new Topics(
        new Topic<>(
            name(names, "topic.raw"), Serdes.String(), new JsonSerde<>(Article.class, values)),
        new Topic<>(
            name(names, "topic.enriched"),
            Serdes.String(),
            new JsonSerde<>(EnrichedArticle.class, values)),
        new Topic<>(name(names, "topic.downstream"), Serdes.String(), Serdes.ByteArray()),
        new Topic<>(name(names, "topic.dlq"), Serdes.ByteArray(), Serdes.ByteArray()),
        new Topic<>(
            name(names, "topic.entity-trends"),
            Serdes.String(),
            new JsonSerde<>(EntityTrend.class, values)),
        maxRecordBytes);
  }

  /** The largest value that fits a record: room is left for the key, the headers and framing. */
  public int maxValueBytes() {
    return maxValueBytes(maxRecordBytes);
  }

  private static int maxValueBytes(int maxRecordBytes) {
    return maxRecordBytes - Math.min(16 * 1024, maxRecordBytes / 4);
  }

  public List<Topic<?, ?>> all() {
    return List.of(raw, enriched, downstream, deadLetters, entityTrends);
  }

  private static String name(Map<String, String> names, String key) {
    return names.getOrDefault(key, DEFAULT_NAMES.get(key));
  }
}
