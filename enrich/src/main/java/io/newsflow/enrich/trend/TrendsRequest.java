package io.newsflow.enrich.trend;

import io.newsflow.common.http.QueryParameters;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query of {@code /trends}: {@code window} (5m or 1h, default 5m), {@code top} (1 to {@value
 * #MOST}, default {@value #DEFAULT_TOP}), {@code at} (an ISO-8601 instant, default now) and the
 * internal {@code partitions}, with which one instance asks another for the counts of those
 * partitions only.
 */
record TrendsRequest(
    TrendWindow window, int top, Optional<Instant> at, Optional<Set<Integer>> partitions) {
  static final int DEFAULT_TOP = 20;
  static final int MOST = 1000;

  /**
   * @throws IllegalArgumentException naming the parameter that is wrong, for a 400 answer
   */
  static TrendsRequest parse(String rawQuery) {
    TrendWindow window = TrendWindow.FIVE_MINUTES;
    int top = DEFAULT_TOP;
    Optional<Instant> at = Optional.empty();
    Optional<Set<Integer>> partitions = Optional.empty();
    for (Map.Entry<String, String> parameter : QueryParameters.parse(rawQuery)) {
      String key = parameter.getKey();
      String value = parameter.getValue();
      switch (key) {
        case "window" ->
            window =
                TrendWindow.labelled(value)
                    .orElseThrow(() -> wrong(key, value, "is not a window: use 5m or 1h"));
        case "top" -> top = top(value);
        case "at" -> at = Optional.of(instant(value));
        case "partitions" -> partitions = Optional.of(partitions(value));
        default ->
            throw new IllegalArgumentException(
                "unknown parameter '" + key + "': use window, top or at");
      }
    }
    return new TrendsRequest(window, top, at, partitions);
  }

  /** The query that asks another instance for {@code partitions} of this request at {@code at}. */
  String forPartitions(Instant at, Set<Integer> partitions) {
    StringBuilder list = new StringBuilder();
    for (int partition : new TreeSet<>(partitions)) {
      list.append(list.isEmpty() ? "" : ",").append(partition);
    }
    return "window=" + window.label() + "&top=" + top + "&at=" + at + "&partitions=" + list;
  }

  private static int top(String value) {
    try {
      int top = Integer.parseInt(value);
      if (top >= 1 && top <= MOST) {
        return top;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw wrong("top", value, "is not a number from 1 to " + MOST);
  }

  private static Instant instant(String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw wrong("at", value, "is not an ISO-8601 instant such as 2026-12-03T09:30:00Z");
    }
  }

  private static Set<Integer> partitions(String value) {
    Set<Integer> partitions = new TreeSet<>();
    try {
      for (String partition : value.split(",")) {
        partitions.add(Integer.parseInt(partition.strip()));
      }
    } catch (NumberFormatException e) {
      throw wrong("partitions", value, "is not a list of partition numbers");
    }
    return partitions;
  }

  private static IllegalArgumentException wrong(String key, String value, String why) {
    return new IllegalArgumentException(key + ": '" + value + "' " + why);
  }
}
