package io.newsflow.sink;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.kafka.StreamsService;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.sink.subscription.Subscriptions;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;

/**
 * The sink service: {@link SinkTopology} on Kafka Streams, exactly once by default. A {@link
 * StreamsService} does the running; this class only puts the parts together.
 */
public final class SinkService {
  private SinkService() {}

  /** The service, ready to {@code start()}: {@link SinkTopology} with its settings and handlers. */
  public static StreamsService create(SinkSettings settings, MeterRegistry registry, Clock clock) {
    return create(settings, registry, clock, Optional.empty());
  }

  /** As above, also routing each article to the {@code subscriptions} it matches. */
  public static StreamsService create(
      SinkSettings settings,
      MeterRegistry registry,
      Clock clock,
      Optional<Subscriptions> subscriptions) {
    PipelineMetrics metrics = new PipelineMetrics(registry).registerAtZero();
    return new StreamsService(
        "sink",
        topology(settings, metrics, clock, subscriptions),
        properties(settings, metrics),
        registry,
        settings.metrics().kafkaRefresh());
  }

  public static Topology topology(SinkSettings settings, PipelineMetrics metrics, Clock clock) {
    return topology(settings, metrics, clock, Optional.empty());
  }

  private static Topology topology(
      SinkSettings settings,
      PipelineMetrics metrics,
      Clock clock,
      Optional<Subscriptions> subscriptions) {
    StreamsBuilder builder = new StreamsBuilder();
    SinkTopology.build(
        builder, settings.kafka().topics(), settings.format(), metrics, clock, subscriptions);
    return builder.build();
  }

  public static Properties properties(SinkSettings settings, PipelineMetrics metrics) {
    return StreamsService.properties(
        settings.kafka(),
        settings.applicationId(),
        settings.processingGuarantee(),
        settings.stateDir(),
        Map.of(),
        metrics);
  }
}
