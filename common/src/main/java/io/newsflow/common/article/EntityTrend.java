package io.newsflow.common.article;

import java.time.Instant;

/**
 * How often one entity was named in one time window: the value of {@code news.entity-trends}, keyed
 * by the entity id.
 *
 * @param articles how many articles named it
 * @param mentions how many times in all
 * @param window which window series the count belongs to: {@code 5m} (tumbling five minutes) or
 *     {@code 1h} (one hour, a new one every five minutes); null within enrich's own stores
 */
public record EntityTrend(
    String entity,
    String name,
    String type,
    Instant windowStart,
    Instant windowEnd,
    long articles,
    long mentions,
    String window) {

  public static EntityTrend empty() {
    return new EntityTrend(null, null, null, null, null, 0, 0, null);
  }

  /** One article's naming of the entity: one article, its mentions. */
  public static EntityTrend of(Entity e) {
    return new EntityTrend(
        e.id(), e.name(), e.type().name(), null, null, 1, e.mentions().size(), null);
  }

  /** This count and {@code other}'s, under {@code other}'s name and type (the latest seen). */
  public EntityTrend plus(EntityTrend other) {
    return new EntityTrend(
        other.entity,
        other.name,
        other.type,
        windowStart,
        windowEnd,
        articles + other.articles,
        mentions + other.mentions,
        window);
  }

  /**
   * This count as a record of the window series {@code label}, from {@code start} to {@code end}.
   */
  public EntityTrend inWindow(String label, Instant start, Instant end) {
    return new EntityTrend(entity, name, type, start, end, articles, mentions, label);
  }

  /** Whether an article counts towards trends: not a re-sent copy of one already counted. */
  public static boolean counts(EnrichedArticle article) {
    return article.duplicateOf() == null;
  }
}
