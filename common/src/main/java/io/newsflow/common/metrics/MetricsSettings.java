package io.newsflow.common.metrics;

import io.newsflow.common.config.Config;

/**
 * Where a service serves {@code /metrics} and {@code /health}: {@code newsflow.metrics.host}
 * (default 127.0.0.1; 0.0.0.0 in a container) and {@code newsflow.metrics.port}.
 */
public record MetricsSettings(String host, int port) {
  public static final String HOST = "newsflow.metrics.host";
  public static final String PORT = "newsflow.metrics.port";

  public static MetricsSettings from(Config config, int defaultPort) {
    return new MetricsSettings(config.get(HOST, "127.0.0.1"), config.getInt(PORT, defaultPort));
  }

  public String url(String path) {
    String shown = host.equals("0.0.0.0") ? "127.0.0.1" : host;
    return "http://" + shown + ":" + port + path;
  }
}
