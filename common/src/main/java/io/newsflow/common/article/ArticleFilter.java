package io.newsflow.common.article;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a subscriber wants to see. An entity qualifies when it is one of the named ones (by its
 * name, any of its mentions' text or its id, ignoring case) and of the given type; an article
 * matches when some entity qualifies (if names or a type are given) and its sentiment label is the
 * given one (if given). No criteria: every article matches.
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
    boolean entitiesWanted = !entityNames.isEmpty() || type.isPresent();
    if (entitiesWanted && article.entities().stream().noneMatch(this::qualifies)) {
      return false;
    }
    return sentiment.isEmpty() || sentiment.get().name().equals(label(article));
  }

  private boolean qualifies(Entity entity) {
    if (type.isPresent() && entity.type() != type.get()) {
      return false;
    }
    return entityNames.isEmpty() || entityNames.stream().anyMatch(name -> names(entity, name));
  }

  private static boolean names(Entity entity, String name) {
    if (name.equalsIgnoreCase(entity.name()) || name.equalsIgnoreCase(entity.id())) {
      return true;
    }
    return entity.mentions().stream().map(Mention::text).anyMatch(name::equalsIgnoreCase);
  }

  private static String label(EnrichedArticle article) {
    ArticleSentiment sentiment = article.sentiment();
    if (sentiment == null) {
      return null;
    }
    return sentiment.label() == null
        ? ArticleSentiment.label(sentiment.score())
        : sentiment.label().toLowerCase(Locale.ROOT);
  }
}
