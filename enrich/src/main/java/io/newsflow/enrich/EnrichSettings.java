package io.newsflow.enrich;

import io.newsflow.common.config.Config;
import io.newsflow.common.config.ConfigException;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.metrics.MetricsSettings;
import io.newsflow.enrich.dedup.NearDuplicateSketch;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything the enrich service is configured with, in one place. Keys (flag, environment variable
 * or properties-file entry): {@code newsflow.enrich.application.id}, {@code
 * newsflow.enrich.processing.guarantee}, {@code newsflow.enrich.state.dir}, {@code
 * newsflow.enrich.threads}, {@code newsflow.enrich.duplicates.window} (how long a story is
 * remembered, default 24h), {@value #NEAR_DUPLICATE_THRESHOLD} (the least estimated word-shingle
 * Jaccard similarity of a near-copy, default 0.4), {@code newsflow.enrich.trends.window} (default
 * 1m), {@value #ARTICLE_BUDGET} (the longest one article may take before it is dead-lettered,
 * default 5s), {@code newsflow.metrics.host}, {@code newsflow.metrics.port}.
 */
public record EnrichSettings(
    KafkaSettings kafka,
    String applicationId,
    String processingGuarantee,
    Path stateDir,
    int threads,
    EnrichTopology.Windows windows,
    MetricsSettings metrics,
    Duration articleBudget,
    NearDuplicateSketch nearDuplicates) {
  public static final int DEFAULT_METRICS_PORT = 9402;
  public static final String ARTICLE_BUDGET = "newsflow.enrich.article.budget";
  public static final String STATE_DIR = "newsflow.enrich.state.dir";
  public static final String NEAR_DUPLICATE_THRESHOLD = "newsflow.enrich.near-duplicates.threshold";

  public static EnrichSettings from(Config config) {
    return new EnrichSettings(
        KafkaSettings.from(config),
        config.get("newsflow.enrich.application.id", "newsflow-enrich"),
        config.get("newsflow.enrich.processing.guarantee", "exactly_once_v2"),
        Path.of(
            config.get(
                STATE_DIR,
                Path.of(System.getProperty("user.home"), ".newsflow", "enrich-state").toString())),
        config.getInt("newsflow.enrich.threads", 1),
        new EnrichTopology.Windows(
            config.getDuration(
                "newsflow.enrich.duplicates.window",
                EnrichTopology.Windows.defaults().duplicates()),
            config.getDuration(
                "newsflow.enrich.trends.window", EnrichTopology.Windows.defaults().trends())),
        MetricsSettings.from(config, DEFAULT_METRICS_PORT),
        positive(config.getDuration(ARTICLE_BUDGET, ArticleEnricher.DEFAULT_BUDGET)),
        nearDuplicates(config));
  }

  private static NearDuplicateSketch nearDuplicates(Config config) {
    NearDuplicateSketch shipped = NearDuplicateSketch.defaults();
    double threshold = config.getDouble(NEAR_DUPLICATE_THRESHOLD, shipped.threshold());
    try {
      return new NearDuplicateSketch(shipped.bands(), shipped.rows(), threshold);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          NEAR_DUPLICATE_THRESHOLD + " must be above 0 and at most 1, not " + threshold);
    }
  }

  private static Duration positive(Duration budget) {
    if (budget.isZero() || budget.isNegative()) {
      throw new ConfigException(ARTICLE_BUDGET + " must be positive, not " + budget);
    }
    return budget;
  }
}
