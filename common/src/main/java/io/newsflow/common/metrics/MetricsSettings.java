package io.newsflow.common.metrics;

import io.newsflow.common.config.Config;
import io.newsflow.common.config.ConfigException;
import java.time.Duration;

/**
 * Where a service serves {@code /metrics} and {@code /health}: {@code newsflow.metrics.host}
 * (default 127.0.0.1; 0.0.0.0 in a container) and {@code newsflow.metrics.port}; and {@value
 * #KAFKA_REFRESH}, how often the Kafka Streams services look for Kafka client metrics that appeared
 * since the last look (a consumer's per-partition lag appears once it has partitions), default
 * Micrometer's minute.
 */
public record MetricsSettings(String host, int port, Duration kafkaRefresh) {
  public static final String HOST = "newsflow.metrics.host";
  public static final String PORT = "newsflow.metrics.port";
  public static final String KAFKA_REFRESH = "newsflow.metrics.kafka.refresh";
  public static final Duration DEFAULT_KAFKA_REFRESH = Duration.ofMinutes(1);

  public MetricsSettings(String host, int port) {
    this(host, port, DEFAULT_KAFKA_REFRESH);
  }

  public static MetricsSettings from(Config config, int defaultPort) {
    int port = config.getInt(PORT, defaultPort);
    if (port < 0 || port > 65_535) {
      // the HTTP server would refuse it later with a bare IllegalArgumentException
      throw new ConfigException(
          PORT + " must be a port, 1 to 65535 (0: any free one), not " + port);
    }
    return new MetricsSettings(
        config.get(HOST, "127.0.0.1"),
        port,
        config.getPositiveDuration(KAFKA_REFRESH, DEFAULT_KAFKA_REFRESH));
  }

  public String url(String path) {
    String shown = host.equals("0.0.0.0") ? "127.0.0.1" : host;
    return "http://" + shown + ":" + port + path;
  }
}
