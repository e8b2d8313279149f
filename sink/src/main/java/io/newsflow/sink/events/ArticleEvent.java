package io.newsflow.sink.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.common.article.ArticleFilter;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One record of the downstream topic as an event: its id (the record's key, else the article's
 * {@code id}), the article as one line of JSON, and the enriched article when it is one (not when
 * the sink writes ninjs).
 */
record ArticleEvent(String id, String json, Optional<EnrichedArticle> article) {

  /** The event of a record; empty for a record that is no JSON object or has no usable id. */
  static Optional<ArticleEvent> of(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return Optional.empty();
    }
    String text = new String(record.value(), StandardCharsets.UTF_8).strip();
    return object(text).flatMap(tree -> of(record.key(), text, tree));
  }

  private static Optional<ArticleEvent> of(String key, String text, JsonNode tree) {
    String id = key != null ? key : tree.path("id").asText(null);
    if (id == null || id.isEmpty() || breaksLine(id) || id.indexOf('\0') >= 0) {
      return Optional.empty(); // nothing a client could resume after
    }
    // one line of data per event: a value stored pretty-printed is sent compactly
    String json = breaksLine(text) ? Json.line(tree) : text;
    return Optional.of(new ArticleEvent(id, json, enriched(tree)));
  }

  private static Optional<JsonNode> object(String text) {
    try {
      return Optional.ofNullable(Json.tree(text)).filter(JsonNode::isObject);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * As {@code newsflow subscribe} decides: everything when nothing is asked for, else only an
   * enriched article the filter matches.
   */
  boolean matches(ArticleFilter filter) {
    return filter.acceptsEverything() || article.map(filter::matches).orElse(false);
  }

  String frame() {
    return EventFrames.event(id, json);
  }

  private static Optional<EnrichedArticle> enriched(JsonNode tree) {
    try {
      return Optional.of(Json.convert(tree, EnrichedArticle.class));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean breaksLine(String text) {
    return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
  }
}
