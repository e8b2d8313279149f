package io.newsflow.common.article;

import java.util.List;
import java.util.Set;

/**
 * Which entities a reader asks for, as {@code subscribe --entity/--type} and sink subscriptions
 * ask: an entity qualifies when it is one of the named ones (by its name, any of its mentions' text
 * or its id, ignoring case) and of one of the types; with both names and types, one entity must be
 * both. Nothing asked: every article matches.
 */
public record EntityMatch(List<String> names, Set<EntityType> types) {

  public EntityMatch {
    names = names == null ? List.of() : names.stream().map(String::strip).toList();
    types = types == null ? Set.of() : Set.copyOf(types);
  }

  public static EntityMatch any() {
    return new EntityMatch(List.of(), Set.of());
  }

  public boolean acceptsEverything() {
    return names.isEmpty() && types.isEmpty();
  }

  /** Whether some entity of the article qualifies (always, when nothing is asked). */
  public boolean matches(EnrichedArticle article) {
    return acceptsEverything() || article.entities().stream().anyMatch(this::qualifies);
  }

  public boolean qualifies(Entity entity) {
    if (!types.isEmpty() && !types.contains(entity.type())) {
      return false;
    }
    return names.isEmpty() || names.stream().anyMatch(name -> named(entity, name));
  }

  private static boolean named(Entity entity, String name) {
    if (name.equalsIgnoreCase(entity.name()) || name.equalsIgnoreCase(entity.id())) {
      return true;
    }
    return entity.mentions().stream().map(Mention::text).anyMatch(name::equalsIgnoreCase);
  }
}
