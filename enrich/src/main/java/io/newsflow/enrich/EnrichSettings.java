package io.newsflow.enrich;

import io.newsflow.common.config.Config;
import io.newsflow.common.config.ConfigException;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.metrics.MetricsSettings;
import io.newsflow.enrich.dedup.NearDuplicateSketch;
import io.newsflow.enrich.trend.TrendWindow;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything the enrich service is configured with, in one place. Keys (flag, environment variable
 * or properties-file entry): {@code newsflow.enrich.application.id}, {@code
 * newsflow.enrich.processing.guarantee}, {@code newsflow.enrich.state.dir}, {@code
 * newsflow.enrich.threads}, {@code newsflow.enrich.duplicates.window} (how long a story is
 * remembered, default 24h), {@value #NEAR_DUPLICATE_THRESHOLD} (the least estimated word-shingle
 * Jaccard similarity of a near-copy, default 0.4), {@value #TRENDS_KEPT} (how long trend windows
 * can be asked for, default 24h), {@value #ARTICLE_BUDGET} (the longest one article may take before
 * it is dead-lettered, default 5s), {@value #ADVERTISED_HTTP} (the host:port other instances reach
 * this one's HTTP port at, for {@code /trends}), {@code newsflow.metrics.host}, {@code
 * newsflow.metrics.port}, {@code newsflow.metrics.kafka.refresh}.
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
    NearDuplicateSketch nearDuplicates,
    Optional<String> advertisedHttp) {
  public static final int DEFAULT_METRICS_PORT = 9402;

  /**
   * Stream threads per instance. Two, even on two cores: while one thread runs the models on a
   * batch of articles, the other commits the cheap hops (the near-duplicate scatter and gather)
   * that every article waits for. On the 2-core machine at half the sustained rate this took the
   * p99 from 1.4-7.5 s to 0.3-0.9 s, and flat out it was not slower; three threads were worse
   * (docs/research/2026-12-03-pipeline-performance.md).
   */
  public static final int DEFAULT_THREADS = 2;

  public static final String ARTICLE_BUDGET = "newsflow.enrich.article.budget";
  public static final String STATE_DIR = "newsflow.enrich.state.dir";
  public static final String NEAR_DUPLICATE_THRESHOLD = "newsflow.enrich.near-duplicates.threshold";
  public static final String TRENDS_KEPT = "newsflow.enrich.trends.retention";
  public static final String ADVERTISED_HTTP = "newsflow.enrich.advertised.http";

  public static EnrichSettings from(Config config) {
    return new EnrichSettings(
        KafkaSettings.from(config),
        config.get("newsflow.enrich.application.id", "newsflow-enrich"),
        config.get("newsflow.enrich.processing.guarantee", "exactly_once_v2"),
        Path.of(
            config.get(
                STATE_DIR,
                Path.of(System.getProperty("user.home"), ".newsflow", "enrich-state").toString())),
        config.getInt("newsflow.enrich.threads", DEFAULT_THREADS),
        new EnrichTopology.Windows(
            config.getDuration(
                "newsflow.enrich.duplicates.window",
                EnrichTopology.Windows.defaults().duplicates()),
            longEnoughForTrends(
                config.getDuration(TRENDS_KEPT, EnrichTopology.Windows.defaults().trendsKept()))),
        MetricsSettings.from(config, DEFAULT_METRICS_PORT),
        config.getPositiveDuration(ARTICLE_BUDGET, ArticleEnricher.DEFAULT_BUDGET),
        nearDuplicates(config),
        config.get(ADVERTISED_HTTP));
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

  /**
   * These settings, telling Kafka Streams that this instance answers {@code /trends} on {@code
   * port}, bound to {@code bindHost} (its {@code application.server}), unless {@value
   * #ADVERTISED_HTTP} said where: at {@code bindHost}, or at the machine's name when bound to every
   * address.
   */
  public EnrichSettings advertising(String bindHost, int port) {
    String host = bindHost.equals("0.0.0.0") ? localHostName() : bindHost;
    return new EnrichSettings(
        kafka,
        applicationId,
        processingGuarantee,
        stateDir,
        threads,
        windows,
        metrics,
        articleBudget,
        nearDuplicates,
        Optional.of(advertisedHttp.orElse(host + ":" + port)));
  }

  private static String localHostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      throw new ConfigException(
          "this machine has no name to advertise for /trends: set " + ADVERTISED_HTTP);
    }
  }

  private static Duration longEnoughForTrends(Duration kept) {
    Duration least = TrendWindow.ONE_HOUR.size().plus(TrendWindow.GRACE);
    if (kept.compareTo(least) < 0) {
      throw new ConfigException(TRENDS_KEPT + " must be at least " + least + ", not " + kept);
    }
    return kept;
  }
}
