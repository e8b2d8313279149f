package io.newsflow.common.article;

import java.time.Instant;

/**
 * How often one entity was named in one time window: the value of {@code news.entity-trends}, keyed
 * by the entity id.
 *
 * @param articles how many articles named it
 * @param mentions how many times in all
 */
public record EntityTrend(
    String entity,
    String name,
    String type,
    Instant windowStart,
    Instant windowEnd,
    long articles,
    long mentions) {

  public static EntityTrend empty() {
    return new EntityTrend(null, null, null, null, null, 0, 0);
  }

  /** One article's naming of the entity: one article, its mentions. */
  public static EntityTrend of(Entity e) {
    return new EntityTrend(e.id(), e.name(), e.type().name(), null, null, 1, e.mentions().size());
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
        mentions + other.mentions);
  }

  public EntityTrend inWindow(Instant start, Instant end) {
    return new EntityTrend(entity, name, type, start, end, articles, mentions);
  }

  /** Whether an article counts towards trends: not a re-sent copy of one already counted. */
  public static boolean counts(EnrichedArticle article) {
    return article.duplicateOf() == null;
  }
}
