package io.newsflow.enrich;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.kafka.DeadLetterHandlers;
import io.newsflow.common.kafka.StreamsService;
import io.newsflow.common.metrics.Health;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.common.service.Service;
import java.util.HashMap;
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
    Map<String, Object> defaults =
        new HashMap<>(StreamsService.defaults(settings.applicationId(), settings.processingGuarantee()));
    defaults.put(StreamsConfig.STATE_DIR_CONFIG, settings.stateDir().toString());
    defaults.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.threads());
    Properties properties = settings.kafka().properties(defaults);
    // not overridable: without these, a bad record would stop the stream or vanish
    properties.putAll(DeadLetterHandlers.config(settings.kafka().topics().deadLetters().name(), metrics));
    return properties;
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
