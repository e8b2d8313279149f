package io.newsflow.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.newsflow.common.article.EnrichedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Checks JSON against the enriched article's published JSON Schema ({@code newsflow.enriched/1}),
 * for every test that reads enriched output. The schema is compiled once per JVM; a compiled schema
 * is immutable, so tests may share it.
 */
public final class EnrichedSchema {
  private static final Schema SCHEMA = load();

  private EnrichedSchema() {}

  /** Fails, naming every violation and the article, unless {@code json} is a valid article. */
  public static void assertValid(String json) {
    failOn(SCHEMA.validate(json, InputFormat.JSON), json);
  }

  public static void assertValid(JsonNode article) {
    failOn(SCHEMA.validate(article), article.toString());
  }

  /**
   * Reads as {@code inner} does, after checking each value's bytes against the schema: tests that
   * read an enriched topic check what was written, not what a record makes of it.
   */
  public static <T> Deserializer<T> checking(Deserializer<T> inner) {
    return (topic, data) -> {
      if (data != null) {
        assertValid(new String(data, StandardCharsets.UTF_8));
      }
      return inner.deserialize(topic, data);
    };
  }

  /** The violations, each as "where: what"; empty for a valid article. */
  public static List<String> violations(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(EnrichedSchema::describe).toList();
  }

  private static void failOn(List<Error> errors, String json) {
    if (!errors.isEmpty()) {
      List<String> lines = errors.stream().map(EnrichedSchema::describe).toList();
      throw new AssertionError(
          "not a valid newsflow.enriched/1 article ("
              + String.join("; ", lines)
              + "): "
              + abbreviated(json));
    }
  }

  private static String describe(Error error) {
    return error.getInstanceLocation() + ": " + error.getMessage();
  }

  private static String abbreviated(String json) {
    return json.length() <= 2000 ? json : json.substring(0, 2000) + "…";
  }

  private static Schema load() {
    // dates are checked too: 2020-12 only annotates "format" unless asked to assert it
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    try (InputStream in =
        EnrichedArticle.class.getResourceAsStream(EnrichedArticle.JSON_SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            EnrichedArticle.JSON_SCHEMA_RESOURCE + " is not on the class path");
      }
      return registry.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
