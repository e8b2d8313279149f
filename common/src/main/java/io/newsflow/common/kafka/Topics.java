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
    Topic<String, EntityTrend> entityTrends) {

  public static final String RAW = "news.raw";
  public static final String ENRICHED = "news.enriched";
  public static final String DOWNSTREAM = "news.downstream";
  public static final String DEAD_LETTERS = "news.dlq";
  public static final String ENTITY_TRENDS = "news.entity-trends";

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
    return new Topics(
        new Topic<>(name(names, "topic.raw"), Serdes.String(), new JsonSerde<>(Article.class)),
        new Topic<>(
            name(names, "topic.enriched"), Serdes.String(), new JsonSerde<>(EnrichedArticle.class)),
        new Topic<>(name(names, "topic.downstream"), Serdes.String(), Serdes.ByteArray()),
        new Topic<>(name(names, "topic.dlq"), Serdes.ByteArray(), Serdes.ByteArray()),
        new Topic<>(
            name(names, "topic.entity-trends"), Serdes.String(), new JsonSerde<>(EntityTrend.class)));
  }

  public List<Topic<?, ?>> all() {
    return List.of(raw, enriched, downstream, deadLetters, entityTrends);
  }

  private static String name(Map<String, String> names, String key) {
    return names.getOrDefault(key, DEFAULT_NAMES.get(key));
  }
}
