package io.newsflow.ingest;

import io.newsflow.common.config.Config;
import io.newsflow.common.http.HttpSettings;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.metrics.MetricsSettings;
import io.newsflow.ingest.feed.FeedSettings;
import io.newsflow.ingest.format.ReadLimits;
import io.newsflow.ingest.source.SourceOptions;

/**
 * Everything ingest is configured with. Keys: {@code newsflow.max.article.bytes} (default 1 MiB),
 * {@code newsflow.ingest.poll.interval} (folders and feeds, default 1s), {@code
 * newsflow.ingest.http.host} (for {@code http:PORT} pushes, default 0.0.0.0), the {@code
 * newsflow.http.*} access settings (token, pushes at once, default 16), {@code
 * newsflow.metrics.host}, {@code newsflow.metrics.port}; the feed settings ({@link FeedSettings});
 * plus the Kafka settings.
 */
public record IngestSettings(
    KafkaSettings kafka, SourceOptions sources, FeedSettings feeds, MetricsSettings metrics) {
  public static final int DEFAULT_METRICS_PORT = 9401;

  /** Where feeds keep their state ({@code ingest --state-dir}). */
  public static final String STATE_DIR = "newsflow.ingest.state.dir";

  /** How often feeds and watched folders are looked at ({@code ingest --poll-interval}). */
  public static final String POLL_INTERVAL = "newsflow.ingest.poll.interval";

  public static IngestSettings from(Config config, boolean watch) {
    SourceOptions defaults = SourceOptions.defaults();
    SourceOptions sources =
        new SourceOptions(
            watch,
            defaults.recursive(),
            config.getDuration(POLL_INTERVAL, defaults.pollInterval()),
            config.get("newsflow.ingest.http.host", defaults.httpHost()),
            HttpSettings.from(config, HttpSettings.DEFAULT_MAX_CONCURRENT_PUSHES),
            ReadLimits.from(config));
    return new IngestSettings(
        KafkaSettings.from(config),
        sources,
        FeedSettings.from(config),
        MetricsSettings.from(config, DEFAULT_METRICS_PORT));
  }
}
