package io.newsflow.common.article;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a subscriber wants to see. An entity qualifies when it is one of the named ones (by its
 * name, any of its mentions' text or its id, ignoring case) and of the given type ({@link
 * EntityMatch}); an article matches when some entity qualifies (if names or a type are given) and
 * its sentiment label is the given one (if given). No criteria: every article matches.
 */
public record ArticleFilter(
    List<String> entityNames, Optional<EntityType> type, Optional<Label> sentiment) {

  /** The contract's sentiment labels. */
  public enum Label {
    positive,
    neutral,
    negative
  }

  public ArticleFilter {
    entityNames =
        entityNames == null ? List.of() : entityNames.stream().map(String::strip).toList();
  }

  public static ArticleFilter everything() {
    return new ArticleFilter(List.of(), Optional.empty(), Optional.empty());
  }

  public boolean acceptsEverything() {
    return entityNames.isEmpty() && type.isEmpty() && sentiment.isEmpty();
  }

  public boolean matches(EnrichedArticle article) {
    if (!new EntityMatch(entityNames, type.map(Set::of).orElse(Set.of())).matches(article)) {
      return false;
    }
    return sentiment.isEmpty()
        || (article.sentiment() != null
            && sentiment.get().name().equals(article.sentiment().effectiveLabel()));
  }
}
