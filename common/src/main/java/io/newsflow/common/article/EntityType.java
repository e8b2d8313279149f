package io.newsflow.common.article;

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

  public static EntityType fromConllTag(String tag) {
    for (EntityType type : values()) {
      if (type.conllTag.equals(tag)) {
        return type;
      }
    }
    throw new IllegalArgumentException("not a CoNLL entity tag: " + tag);
  }
}
