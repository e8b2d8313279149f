package io.newsflow.ingest.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A JSON object's fields looked up by name without regard to case or underscores: ninjs 1.x and 2.x
 * spell {@code versioncreated} and {@code body_text}, 3.x {@code versionCreated}.
 */
final class JsonFields {
  private final Map<String, JsonNode> fields = new TreeMap<>();

  JsonFields(JsonNode object) {
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      fields.putIfAbsent(key(field.getKey()), field.getValue());
    }
  }

  static String key(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }

  boolean has(String name) {
    return fields.containsKey(key(name));
  }

  JsonNode node(String name) {
    return fields.get(key(name));
  }

  /** The field as text if it is a string or a number, else null. */
  String text(String... names) {
    for (String name : names) {
      String value = text(node(name));
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  static String text(JsonNode node) {
    if (node == null || !(node.isTextual() || node.isNumber())) {
      return null;
    }
    return node.asText();
  }
}
