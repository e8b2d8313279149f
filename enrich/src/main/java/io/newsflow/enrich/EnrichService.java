package io.newsflow.enrich;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.kafka.StreamsService;
import io.newsflow.common.metrics.Health;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.common.service.Service;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/** The enrich service: {@link EnrichTopology} run on Kafka Streams with the settings given. */
public final class EnrichService implements Service {
  private final StreamsService streams;

  public EnrichService(EnrichSettings settings, ArticleEnricher enricher, MeterRegistry registry) {
    PipelineMetrics metrics = new PipelineMetrics(registry).registerAtZero();
    Topology topology = topology(settings, enricher, metrics);
    this.streams = new StreamsService("enrich", topology, properties(settings, metrics), registry);
  }

  public static Topology topology(EnrichSettings settings, ArticleEnricher enricher, PipelineMetrics metrics) {
    StreamsBuilder builder = new StreamsBuilder();
    EnrichTopology.build(builder, settings.kafka().topics(), enricher, metrics, settings.windows());
    return builder.build();
  }

  public static Properties properties(EnrichSettings settings, PipelineMetrics metrics) {
    return StreamsService.properties(settings.kafka(), settings.applicationId(), settings.processingGuarantee(),
        settings.stateDir(), Map.of(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.threads()), metrics);
  }

  @Override
  public String name() {
    return "enrich";
  }

  @Override
  public void start() {
    streams.start();
  }

  @Override
  public Health health() {
    return streams.health();
  }

  @Override
  public void close() {
    streams.close();
  }
}
