package io.newsflow.sink;

import io.newsflow.common.config.Config;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.metrics.MetricsSettings;
import io.newsflow.sink.format.DownstreamFormat;
import java.nio.file.Path;

/**
 * Everything the sink is configured with. Keys: {@code newsflow.sink.application.id}, {@code
 * newsflow.sink.processing.guarantee}, {@code newsflow.sink.format} ({@code enriched} or {@code
 * ninjs}), {@code newsflow.sink.state.dir}, {@code newsflow.metrics.host}, {@code
 * newsflow.metrics.port}, {@code newsflow.metrics.kafka.refresh}.
 */
public record SinkSettings(
    KafkaSettings kafka,
    String applicationId,
    String processingGuarantee,
    DownstreamFormat format,
    Path stateDir,
    MetricsSettings metrics) {
  public static final int DEFAULT_METRICS_PORT = 9403;
  public static final String STATE_DIR = "newsflow.sink.state.dir";

  public static SinkSettings from(Config config) {
    return new SinkSettings(
        KafkaSettings.from(config),
        config.get("newsflow.sink.application.id", "newsflow-sink"),
        config.get("newsflow.sink.processing.guarantee", "exactly_once_v2"),
        DownstreamFormat.parse(config.get("newsflow.sink.format", "enriched")),
        Path.of(
            config.get(
                STATE_DIR,
                Path.of(System.getProperty("user.home"), ".newsflow", "sink-state").toString())),
        MetricsSettings.from(config, DEFAULT_METRICS_PORT));
  }
}
