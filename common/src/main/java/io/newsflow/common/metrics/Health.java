package io.newsflow.common.metrics;

import java.util.Map;

/** Whether a service is ready, and why not: served as {@code /health}. */
public record Health(boolean ready, String status, Map<String, String> details) {

  public Health {
    details = Map.copyOf(details);
  }

  public static Health up(String status) {
    return new Health(true, status, Map.of());
  }

  public static Health down(String why) {
    return new Health(false, why, Map.of());
  }
}
