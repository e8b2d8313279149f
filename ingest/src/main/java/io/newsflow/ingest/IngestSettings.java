package io.newsflow.ingest;

import io.newsflow.common.config.Config;
import io.newsflow.common.http.HttpSettings;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.metrics.MetricsSettings;
import io.newsflow.ingest.format.ReadLimits;
import io.newsflow.ingest.source.SourceOptions;

/**
 * Everything ingest is configured with. Keys: {@code newsflow.max.article.bytes} (default 1 MiB),
 * {@code newsflow.ingest.poll.interval} (folders and feeds, default 1s), {@code
 * newsflow.ingest.http.host} (for {@code http:PORT} pushes, default 0.0.0.0), the {@code
 * newsflow.http.*} access settings (token, pushes at once, default 16), {@code
 * newsflow.metrics.host}, {@code newsflow.metrics.port}; plus the Kafka settings.
 */
public record IngestSettings(KafkaSettings kafka, SourceOptions sources, MetricsSettings metrics) {
  public static final int DEFAULT_METRICS_PORT = 9401;

  public static IngestSettings from(Config config, boolean watch) {
    SourceOptions defaults = SourceOptions.defaults();
    SourceOptions sources =
        new SourceOptions(
            watch,
            defaults.recursive(),
            config.getDuration("newsflow.ingest.poll.interval", defaults.pollInterval()),
            config.get("newsflow.ingest.http.host", defaults.httpHost()),
            HttpSettings.from(config, HttpSettings.DEFAULT_MAX_CONCURRENT_PUSHES),
            ReadLimits.from(config));
    return new IngestSettings(
        KafkaSettings.from(config), sources, MetricsSettings.from(config, DEFAULT_METRICS_PORT));
  }
}
