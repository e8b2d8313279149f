package io.newsflow.enrich;

import io.newsflow.common.article.Article;

/**
 * An article read from a raw record and cleaned, before the models run on it.
 *
 * @param article the article as read
 * @param headline its cleaned headline
 * @param body its cleaned body
 * @param raw the record's value as it came, for a dead letter; null when it came from no record
 * @param duplicateOf the id of the first article with the same content, or null
 */
public record Cleaned(
    Article article, String headline, String body, byte[] raw, String duplicateOf) {

  public String id() {
    return article.id();
  }

  public Cleaned asDuplicateOf(String firstId) {
    return new Cleaned(article, headline, body, raw, firstId);
  }
}
