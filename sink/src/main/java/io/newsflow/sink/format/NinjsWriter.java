package io.newsflow.sink.format;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The enriched article as an IPTC ninjs 3.1 news item: headline and body as plain text, the
 * entities as {@code people}, {@code organisations}, {@code places} and (MISC) {@code subjects},
 * each with newsflow's entity id as its literal, and the sentiment in a newsflow-namespaced
 * extension property that ninjs' {@code unevaluatedProperties} rule allows as an {@code nf:} key.
 */
public final class NinjsWriter {
  public static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";

  public byte[] write(EnrichedArticle article) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("standard", Map.of("name", "ninjs", "version", "3.1", "schema", SCHEMA));
    item.put(
        "uri", "urn:newsflow:article:" + URLEncoder.encode(article.id(), StandardCharsets.UTF_8));
    item.put("type", "text");
    if (article.published() != null) {
      item.put("firstCreated", article.published().toString());
    }
    if (article.enriched() != null) {
      item.put("versionCreated", article.enriched().toString());
    }
    if (article.language() != null) {
      item.put("language", article.language());
    }
    if (article.headline() != null && !article.headline().isEmpty()) {
      item.put("headlines", List.of(Map.of("role", "main", "value", article.headline())));
    }
    if (article.body() != null && !article.body().isEmpty()) {
      item.put(
          "bodies",
          List.of(Map.of("role", "main", "contentType", "text/plain", "value", article.body())));
    }
    Map<String, List<Map<String, String>>> byKind = new LinkedHashMap<>();
    for (Entity entity : article.entities()) {
      String kind =
          switch (entity.type()) {
            case PERSON -> "people";
            case ORGANIZATION -> "organisations";
            case LOCATION -> "places";
            case MISC -> "subjects";
          };
      byKind
          .computeIfAbsent(kind, k -> new ArrayList<>())
          .add(Map.of("name", entity.name(), "literal", entity.id()));
    }
    item.putAll(byKind);
    if (article.url() != null) {
      item.put("altIds", List.of(Map.of("role", "url", "value", article.url())));
    }
    return Json.line(item).getBytes(StandardCharsets.UTF_8);
  }
}
