package io.newsflow.sink.events;

import io.newsflow.common.article.ArticleFilter;
import io.newsflow.common.article.EntityType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The query of {@code /subscribe}, read as {@code newsflow subscribe} reads its options: {@code
 * entity} (repeat it for any of several), {@code type} and {@code sentiment}.
 */
final class SubscribeQuery {
  private SubscribeQuery() {}

  /**
   * @throws IllegalArgumentException saying what is wrong, for a 400 answer
   */
  static ArticleFilter parse(String rawQuery) {
    List<String> entities = new ArrayList<>();
    Optional<EntityType> type = Optional.empty();
    Optional<ArticleFilter.Label> sentiment = Optional.empty();
    for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String key = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1)).strip();
      switch (key) {
        case "entity" -> entities.add(required(key, value));
        case "type" -> type = Optional.of(type(required(key, value)));
        case "sentiment" -> sentiment = Optional.of(label(required(key, value)));
        default ->
            throw new IllegalArgumentException(
                "unknown parameter '" + key + "': use entity, type or sentiment");
      }
    }
    return new ArticleFilter(entities, type, sentiment);
  }

  private static EntityType type(String value) {
    return EntityType.parse(value)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "'"
                        + value
                        + "' is not an entity type: use one of "
                        + names(EntityType.values())));
  }

  private static ArticleFilter.Label label(String value) {
    try {
      return ArticleFilter.Label.valueOf(value.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + value + "' is not a sentiment: use one of " + names(ArticleFilter.Label.values()));
    }
  }

  private static String required(String key, String value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException(key + " needs a value");
    }
    return value;
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the query has a broken %-escape", e);
    }
  }
}
