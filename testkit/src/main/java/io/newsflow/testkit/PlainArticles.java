package io.newsflow.testkit;

import io.newsflow.common.article.ArticleSentiment;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Enriched articles with nothing particular about them, for tests where only the id matters. */
public final class PlainArticles {
  private PlainArticles() {}

  /** An English article from {@code wire}, neutral, naming no entity. */
  public static EnrichedArticle enriched(String id) {
    Instant now = Instant.now();
    return new EnrichedArticle(
        EnrichedArticle.SCHEMA,
        id,
        "wire",
        "https://example.org/" + id,
        "Headline of " + id,
        "Body of " + id + ".",
        "en",
        now,
        now,
        now,
        List.of(),
        ArticleSentiment.of(0.0, List.of()),
        null);
  }

  /** {@link #enriched} as the JSON bytes of a {@code news.enriched} record. */
  public static byte[] json(String id) {
    return Json.line(enriched(id)).getBytes(StandardCharsets.UTF_8);
  }
}
