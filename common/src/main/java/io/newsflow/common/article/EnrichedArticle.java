package io.newsflow.common.article;

import java.time.Instant;
import java.util.List;

/**
 * The enriched article of the contract ({@code newsflow.enriched/1}). Fields may be added, never
 * removed or renamed: subscribers parse this.
 */
public record EnrichedArticle(
    String schema,
    String id,
    String source,
    String url,
    String headline,
    String body,
    String language,
    Instant published,
    Instant received,
    Instant enriched,
    List<Entity> entities,
    ArticleSentiment sentiment,
    String duplicateOf) {

  public static final String SCHEMA = "newsflow.enriched/1";

  /**
   * The JSON Schema of this format on the class path: the file docs/schema publishes, packaged by
   * the build, so code and tests check against exactly what users read.
   */
  public static final String JSON_SCHEMA_RESOURCE =
      "/io/newsflow/common/schema/newsflow.enriched-1.schema.json";

  public EnrichedArticle {
    entities = entities == null ? List.of() : List.copyOf(entities);
  }

  /** The text of the named field: {@code "headline"} or {@code "body"}. */
  public String field(String name) {
    return switch (name) {
      case Mention.HEADLINE -> headline;
      case Mention.BODY -> body;
      default -> throw new IllegalArgumentException("no text field named " + name);
    };
  }
}
