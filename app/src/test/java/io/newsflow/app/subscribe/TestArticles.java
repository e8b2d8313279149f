package io.newsflow.app.subscribe;

import io.newsflow.common.article.ArticleSentiment;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.EntityType;
import io.newsflow.common.article.Mention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small enriched articles with the entities and sentiment a test names. */
final class TestArticles {
  private TestArticles() {}

  /** An entity mentioned once by each of {@code mentions}, in the body. */
  static Entity entity(String name, EntityType type, String... mentions) {
    List<Mention> list = new ArrayList<>();
    int at = 0;
    for (String mention : mentions) {
      list.add(new Mention(Mention.BODY, at, at + mention.length(), mention));
      at += mention.length() + 1;
    }
    return new Entity(name, type, name.toLowerCase(Locale.ROOT).replace(' ', '-'), list, 0.5, 0.0);
  }

  static EnrichedArticle article(String id, double score, Entity... entities) {
    return article(id, "Body of " + id, score, entities);
  }

  static EnrichedArticle article(String id, String body, double score, Entity... entities) {
    Instant now = Instant.parse("2026-11-28T02:00:00Z");
    return new EnrichedArticle(
        EnrichedArticle.SCHEMA,
        id,
        "test",
        "https://example.org/" + id,
        "Headline " + id,
        body,
        "en",
        now,
        now,
        now,
        List.of(entities),
        ArticleSentiment.of(score, List.of()),
        null);
  }
}
