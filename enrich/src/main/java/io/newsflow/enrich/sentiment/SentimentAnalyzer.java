package io.newsflow.enrich.sentiment;

import io.newsflow.common.article.ArticleSentiment;
import io.newsflow.common.article.Entity;
import java.util.List;

/**
 * Scores how an article speaks: overall, per sentence, and of each entity it names (from the
 * clauses that mention it). Implementations are thread-safe.
 */
public interface SentimentAnalyzer {

  Result analyze(String headline, String body, List<Entity> entities);

  /** The article's sentiment, and the entities with their {@code sentiment} filled in. */
  record Result(ArticleSentiment article, List<Entity> entities) {}
}
