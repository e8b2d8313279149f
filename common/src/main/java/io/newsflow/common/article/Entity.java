package io.newsflow.common.article;

import java.util.List;

/**
 * One distinct real-world thing an article names, with every place it is named.
 *
 * @param name the fullest form found in the article ("Antony Blinken", not "Blinken")
 * @param type its kind
 * @param id a stable id: ISO 3166 for countries, GeoNames for cities, else a name id
 * @param mentions every mention, in text order
 * @param salience how central it is to the article, in [0, 1]
 * @param sentiment how the article speaks of it, in [-1, 1]
 */
public record Entity(
    String name,
    EntityType type,
    String id,
    List<Mention> mentions,
    double salience,
    double sentiment) {

  public Entity {
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }
}
