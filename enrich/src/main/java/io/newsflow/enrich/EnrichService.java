package io.newsflow.enrich;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.kafka.StreamsService;
import io.newsflow.common.metrics.PipelineMetrics;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/**
 * The enrich service: {@link EnrichTopology} run on Kafka Streams with the settings given. A {@link
 * StreamsService} does the running; this class only puts the parts together.
 */
public final class EnrichService {
  private EnrichService() {}

  /**
   * The service, ready to {@code start()}: {@link EnrichTopology} with its settings and handlers.
   */
  public static StreamsService create(
      EnrichSettings settings, ArticleEnricher enricher, MeterRegistry registry) {
    PipelineMetrics metrics = new PipelineMetrics(registry).registerAtZero();
    return new StreamsService(
        "enrich", topology(settings, enricher, metrics), properties(settings, metrics), registry);
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
    return StreamsService.properties(
        settings.kafka(),
        settings.applicationId(),
        settings.processingGuarantee(),
        settings.stateDir(),
        Map.of(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.threads()),
        metrics);
  }
}
