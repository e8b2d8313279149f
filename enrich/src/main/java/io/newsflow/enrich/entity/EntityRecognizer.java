package io.newsflow.enrich.entity;

import io.newsflow.common.article.Entity;
import java.util.List;

/**
 * Finds the people, organisations, places and other names in an article and links their mentions
 * into one {@link Entity} per real-world thing. Mentions point into the given (cleaned) texts, and
 * entities come out most salient first. Implementations are thread-safe.
 */
public interface EntityRecognizer {
  List<Entity> recognize(String headline, String body);
}
