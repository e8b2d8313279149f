package io.newsflow.enrich;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.kafka.StreamsService;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.enrich.trend.TrendPeers;
import io.newsflow.enrich.trend.TrendQuery;
import io.newsflow.enrich.trend.TrendsHandler;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The enrich service: {@link EnrichTopology} run on Kafka Streams with the settings given. A {@link
 * StreamsService} does the running; this class only puts the parts together.
 */
public final class EnrichService {
  /** How long one instance waits for another's trend counts. */
  private static final Duration PEER_TIMEOUT = Duration.ofSeconds(5);

  private EnrichService() {}

  /**
   * The service, ready to {@code start()}: {@link EnrichTopology} with its settings and handlers.
   */
  public static StreamsService create(
      EnrichSettings settings, ArticleEnricher enricher, MeterRegistry registry) {
    PipelineMetrics metrics = new PipelineMetrics(registry).registerAtZero();
    return new StreamsService(
        "enrich",
        topology(settings, enricher, metrics),
        properties(settings, metrics),
        registry,
        settings.metrics().kafkaRefresh());
  }

  /**
   * The service as {@link #create} makes it, whose counts {@code trends} answers from once it runs;
   * {@code settings} must say where this instance is reached ({@link EnrichSettings#advertising}).
   */
  public static StreamsService create(
      EnrichSettings settings,
      ArticleEnricher enricher,
      MeterRegistry registry,
      TrendsHandler trends) {
    HostInfo self =
        HostInfo.buildFromEndpoint(
            settings
                .advertisedHttp()
                .orElseThrow(() -> new IllegalArgumentException("/trends needs an address")));
    StreamsService service = create(settings, enricher, registry);
    trends.attach(new TrendQuery(service.streams(), self, new TrendPeers(PEER_TIMEOUT)));
    return service;
  }

  public static Topology topology(
      EnrichSettings settings, ArticleEnricher enricher, PipelineMetrics metrics) {
    StreamsBuilder builder = new StreamsBuilder();
    EnrichTopology.build(
        builder,
        settings.kafka().topics(),
        enricher.withBudget(settings.articleBudget()),
        metrics,
        settings.windows(),
        settings.processingGuarantee().startsWith("exactly_once"),
        settings.nearDuplicates());
    return builder.build();
  }

  public static Properties properties(EnrichSettings settings, PipelineMetrics metrics) {
    Map<String, Object> more = new HashMap<>();
    more.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.threads());
    // the task that waits for a story's band votes reads two topics, and takes them in either
    // order: it need not hold one back until the other has data, which by default it may, at the
    // cost of the models behind it in that task (a user's own setting still wins)
    more.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, -1L);
    // where this instance answers /trends, so that the others can ask it for its partitions
    settings
        .advertisedHttp()
        .ifPresent(hostPort -> more.put(StreamsConfig.APPLICATION_SERVER_CONFIG, hostPort));
    return StreamsService.properties(
        settings.kafka(),
        settings.applicationId(),
        settings.processingGuarantee(),
        settings.stateDir(),
        more,
        metrics);
  }
}
