package io.newsflow.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.testkit.EnrichedSchema;
import java.util.Set;

/**
 * The enriched article of CONTRACTS.md, checked on the JSON a subscriber receives: against the
 * published JSON Schema, then what a schema cannot say (mentions match the text they point into).
 */
public final class EnrichedArticleContract {
  private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

  private EnrichedArticleContract() {}

  public static void check(JsonNode article) {
    EnrichedSchema.assertValid(article);
    assertThat(article.path("schema").asText()).isEqualTo("newsflow.enriched/1");
    assertThat(article.path("id").asText()).isNotBlank();
    for (String field :
        new String[] {
          "source",
          "url",
          "headline",
          "body",
          "language",
          "published",
          "received",
          "enriched",
          "entities",
          "sentiment",
          "duplicateOf"
        }) {
      assertThat(article.has(field)).as("field %s", field).isTrue();
    }
    for (JsonNode entity : article.path("entities")) {
      assertThat(entity.path("name").asText()).isNotBlank();
      assertThat(TYPES).contains(entity.path("type").asText());
      assertThat(entity.path("id").asText()).isNotBlank();
      assertThat(entity.path("salience").asDouble()).isBetween(0.0, 1.0);
      assertThat(entity.path("sentiment").asDouble()).isBetween(-1.0, 1.0);
      assertThat(entity.path("mentions").size()).isPositive();
      for (JsonNode mention : entity.path("mentions")) {
        String text = article.path(mention.path("field").asText()).asText();
        int start = mention.path("start").asInt();
        int end = mention.path("end").asInt();
        assertThat(start).isBetween(0, end);
        assertThat(end).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(start, end))
            .as("mention %s", mention)
            .isEqualTo(mention.path("text").asText());
      }
    }
    JsonNode sentiment = article.path("sentiment");
    double score = sentiment.path("score").asDouble();
    assertThat(score).isBetween(-1.0, 1.0);
    String label = score > 0.05 ? "positive" : score < -0.05 ? "negative" : "neutral";
    assertThat(sentiment.path("label").asText()).isEqualTo(label);
    for (JsonNode sentence : sentiment.path("sentences")) {
      String text = article.path(sentence.path("field").asText()).asText();
      assertThat(sentence.path("end").asInt()).isLessThanOrEqualTo(text.length());
      assertThat(sentence.path("score").asDouble()).isBetween(-1.0, 1.0);
    }
  }
}
