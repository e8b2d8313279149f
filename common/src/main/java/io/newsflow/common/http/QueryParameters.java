package io.newsflow.common.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A request's query string as its parameters, decoded, in order, repeats kept. */
public final class QueryParameters {
  private QueryParameters() {}

  /**
   * The {@code name=value} pairs of {@code rawQuery} (null: none); a name without {@code =} has the
   * empty value, and values are stripped.
   *
   * @throws IllegalArgumentException when a %-escape is broken, for a 400 answer
   */
  public static List<Map.Entry<String, String>> parse(String rawQuery) {
    List<Map.Entry<String, String>> parameters = new ArrayList<>();
    for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1)).strip();
      parameters.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
    }
    return parameters;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the query has a broken %-escape", e);
    }
  }
}
