package io.newsflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.common.article.ArticleSentiment;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.EntityType;
import io.newsflow.common.article.Mention;
import io.newsflow.common.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON Schema against the articles newsflow writes, and against broken ones. */
class EnrichedArticleSchemaTest {
  private static final String HEADLINE = "Blinken meets NATO allies";
  private static final String BODY = "Antony Blinken met allies in Brussels on Wednesday.";

  private static EnrichedArticle article() {
    Entity blinken =
        new Entity(
            "Antony Blinken",
            EntityType.PERSON,
            "person:antony-blinken",
            List.of(
                new Mention(Mention.HEADLINE, 0, 7, "Blinken"),
                new Mention(Mention.BODY, 0, 14, "Antony Blinken")),
            0.8,
            -0.2);
    Entity brussels =
        new Entity(
            "Brussels",
            EntityType.LOCATION,
            "geonames:2800866",
            List.of(new Mention(Mention.BODY, 30, 38, "Brussels")),
            0.3,
            0.0);
    return new EnrichedArticle(
        EnrichedArticle.SCHEMA,
        "sha256-0123456789abcdef0123456789abcdef",
        "reuters",
        "https://example.com/a",
        HEADLINE,
        BODY,
        "en",
        Instant.parse("2021-04-14T10:00:00Z"),
        Instant.parse("2021-04-14T10:00:01.250Z"),
        Instant.parse("2021-04-14T10:00:01.312456789Z"),
        List.of(blinken, brussels),
        ArticleSentiment.of(
            -0.35, List.of(new ArticleSentiment.SentenceScore(Mention.BODY, 0, 51, -0.1))),
        null);
  }

  private static ObjectNode articleTree() throws IOException {
    return (ObjectNode) Json.tree(Json.line(article()));
  }

  @Test
  void acceptsTheArticlesNewsflowWrites() throws IOException {
    EnrichedSchema.assertValid(Json.line(article()));
    EnrichedArticle bare =
        new EnrichedArticle(
            EnrichedArticle.SCHEMA,
            "a-1",
            null,
            null,
            "",
            "Text in another language.",
            "und",
            null,
            null,
            Instant.EPOCH,
            List.of(),
            ArticleSentiment.of(0.0, List.of()),
            "a-0");
    EnrichedSchema.assertValid(Json.line(bare));
  }

  @Test
  void labelsFollowTheScoreAsTheCodeCutsIt() throws IOException {
    for (double score :
        new double[] {-1, Math.nextDown(-0.05), -0.05, 0, 0.05, Math.nextUp(0.05), 1}) {
      ObjectNode article = articleTree();
      sentiment(article).put("score", score).put("label", ArticleSentiment.label(score));
      assertThat(EnrichedSchema.violations(article.toString())).as("score %s", score).isEmpty();
    }
  }

  @Test
  void acceptsFieldsItDoesNotKnowBecauseTheContractAllowsAdditions() throws IOException {
    ObjectNode later = articleTree();
    later.put("category", "politics");
    ((ObjectNode) later.path("entities").path(0)).put("wikidata", "Q171535");
    ((ObjectNode) later.path("entities").path(0).path("mentions").path(0)).put("confidence", 0.9);
    ((ObjectNode) later.path("sentiment")).put("model", "v2");
    EnrichedSchema.assertValid(later);
  }

  static Stream<Arguments> brokenArticles() {
    return Stream.of(
        broken("missing id", a -> a.remove("id"), "id"),
        broken("empty id", a -> a.put("id", ""), "/id"),
        broken("another schema", a -> a.put("schema", "newsflow.enriched/2"), "/schema"),
        broken("missing duplicateOf", a -> a.remove("duplicateOf"), "duplicateOf"),
        broken("duplicateOf a number", a -> a.put("duplicateOf", 7), "/duplicateOf"),
        broken("headline null", a -> a.putNull("headline"), "/headline"),
        broken("published as seconds", a -> a.put("published", 1618394400), "/published"),
        broken("published not a date", a -> a.put("published", "yesterday"), "/published"),
        broken("enriched null", a -> a.putNull("enriched"), "/enriched"),
        broken("unknown entity type", a -> entity(a).put("type", "PER"), "/entities/0/type"),
        broken("type in lower case", a -> entity(a).put("type", "person"), "/entities/0/type"),
        broken(
            "entity sentiment 2.0", a -> entity(a).put("sentiment", 2.0), "/entities/0/sentiment"),
        broken("salience -0.1", a -> entity(a).put("salience", -0.1), "/entities/0/salience"),
        broken("entity without id", a -> entity(a).remove("id"), "/entities/0"),
        broken("entity never named", a -> entity(a).putArray("mentions"), "/entities/0/mentions"),
        broken("negative offset", a -> mention(a).put("start", -1), "/entities/0/mentions/0"),
        broken("fractional offset", a -> mention(a).put("end", 6.5), "/entities/0/mentions/0"),
        broken("offset as text", a -> mention(a).put("end", "7"), "/entities/0/mentions/0"),
        broken(
            "mention in the url",
            a -> mention(a).put("field", "url"),
            "/entities/0/mentions/0/field"),
        broken("article score 2.0", a -> sentiment(a).put("score", 2.0), "/sentiment/score"),
        broken("score -1.01", a -> sentiment(a).put("score", -1.01), "/sentiment/score"),
        broken("unknown label", a -> sentiment(a).put("label", "mixed"), "/sentiment/label"),
        broken(
            "label against score", a -> sentiment(a).put("label", "positive"), "/sentiment/label"),
        broken(
            "just over the cut but neutral",
            a -> sentiment(a).put("score", Math.nextUp(0.05)).put("label", "neutral"),
            "/sentiment/label"),
        broken("no sentences", a -> sentiment(a).remove("sentences"), "/sentiment"),
        broken(
            "sentence score 1.5",
            a -> ((ObjectNode) sentiment(a).path("sentences").path(0)).put("score", 1.5),
            "/sentiment/sentences/0/score"),
        broken("entities an object", a -> a.putObject("entities"), "/entities"));
  }

  private static Arguments broken(String what, Consumer<ObjectNode> damage, String where) {
    return Arguments.of(what, damage, where);
  }

  private static ObjectNode entity(ObjectNode article) {
    return (ObjectNode) article.path("entities").path(0);
  }

  private static ObjectNode mention(ObjectNode article) {
    return (ObjectNode) entity(article).path("mentions").path(0);
  }

  private static ObjectNode sentiment(ObjectNode article) {
    return (ObjectNode) article.path("sentiment");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenArticles")
  void rejectsABrokenArticleNamingWhere(String what, Consumer<ObjectNode> damage, String where)
      throws IOException {
    ObjectNode article = articleTree();
    damage.accept(article);
    String json = article.toString();

    assertThat(EnrichedSchema.violations(json)).anySatisfy(v -> assertThat(v).contains(where));
    assertThatThrownBy(() -> EnrichedSchema.assertValid(json))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("not a valid newsflow.enriched/1 article");
  }

  @Test
  void offsetsThatMissTheTextAreBeyondWhatJsonSchemaCanSay() throws IOException {
    // the schema cannot compare a mention with the text it points into: the pipeline tests do
    ObjectNode article = articleTree();
    mention(article).put("start", 500).put("end", 507).put("text", "Nobody");
    assertThat(EnrichedSchema.violations(article.toString())).isEmpty();
  }

  @Test
  void followsTheRecordsSoTheSchemaCannotDriftFromTheCode() throws IOException {
    JsonNode schema = schemaDocument();
    assertThat(schema.path("$id").asText()).endsWith(EnrichedArticle.SCHEMA);
    assertThat(schema.path("properties").path("schema").path("const").asText())
        .isEqualTo(EnrichedArticle.SCHEMA);
    assertThat(texts(schema.path("required")))
        .containsExactlyElementsOf(components(EnrichedArticle.class));
    JsonNode entity = schema.path("$defs").path("entity");
    assertThat(texts(entity.path("required"))).containsExactlyElementsOf(components(Entity.class));
    assertThat(texts(entity.path("properties").path("type").path("enum")))
        .containsExactlyElementsOf(Arrays.stream(EntityType.values()).map(Enum::name).toList());
    assertThat(texts(schema.path("$defs").path("mention").path("required")))
        .containsExactlyElementsOf(components(Mention.class));
    assertThat(texts(schema.path("$defs").path("sentence").path("required")))
        .containsExactlyElementsOf(components(ArticleSentiment.SentenceScore.class));
    assertThat(texts(schema.path("properties").path("sentiment").path("required")))
        .containsExactlyElementsOf(components(ArticleSentiment.class));
  }

  @Test
  void describesEveryField() throws IOException {
    JsonNode schema = schemaDocument();
    List<String> undescribed = new ArrayList<>();
    collectUndescribed(schema, schema, "$", undescribed);
    assertThat(undescribed).isEmpty();
  }

  /** Every property, and every definition a field refers to, has a description. */
  private static void collectUndescribed(
      JsonNode root, JsonNode schema, String path, List<String> out) {
    for (String group : List.of("properties", "$defs")) {
      schema
          .path(group)
          .properties()
          .forEach(
              field -> {
                String where = path + "." + field.getKey();
                JsonNode definition = field.getValue();
                boolean described =
                    definition.has("description")
                        || root.path("$defs").path(ref(definition)).has("description");
                if (!described) {
                  out.add(where);
                }
                collectUndescribed(root, definition, where, out);
              });
    }
  }

  private static String ref(JsonNode definition) {
    return definition.path("$ref").asText().replace("#/$defs/", "");
  }

  private static JsonNode schemaDocument() throws IOException {
    try (InputStream in =
        EnrichedArticle.class.getResourceAsStream(EnrichedArticle.JSON_SCHEMA_RESOURCE)) {
      return Json.treeReader().readTree(in);
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    ((ArrayNode) array).forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> components(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
  }
}
