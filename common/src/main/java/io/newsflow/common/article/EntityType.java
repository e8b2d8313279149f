package io.newsflow.common.article;

import java.util.Locale;
import java.util.Optional;

/** The four entity types of the contract, with their CoNLL-2003 tags. */
public enum EntityType {
  PERSON("PER"),
  ORGANIZATION("ORG"),
  LOCATION("LOC"),
  MISC("MISC");

  private final String conllTag;

  EntityType(String conllTag) {
    this.conllTag = conllTag;
  }

  public String conllTag() {
    return conllTag;
  }

  /** What a user may type for a type: its name in any case, or its CoNLL tag (PER, ORG, LOC). */
  public static Optional<EntityType> parse(String value) {
    String name = value.strip().toUpperCase(Locale.ROOT);
    for (EntityType type : values()) {
      if (type.name().equals(name) || type.conllTag.equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  public static EntityType fromConllTag(String tag) {
    for (EntityType type : values()) {
      if (type.conllTag.equals(tag)) {
        return type;
      }
    }
    throw new IllegalArgumentException("not a CoNLL entity tag: " + tag);
  }
}
