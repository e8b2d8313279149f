package io.newsflow.sink;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.kafka.StreamsService;
import io.newsflow.common.metrics.Health;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.common.service.Service;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;

/** The sink service: {@link SinkTopology} on Kafka Streams, exactly once by default. */
public final class SinkService implements Service {
  private final StreamsService streams;

  public SinkService(SinkSettings settings, MeterRegistry registry, Clock clock) {
    PipelineMetrics metrics = new PipelineMetrics(registry).registerAtZero();
    this.streams =
        new StreamsService("sink", topology(settings, metrics, clock), properties(settings, metrics), registry);
  }

  public static Topology topology(SinkSettings settings, PipelineMetrics metrics, Clock clock) {
    StreamsBuilder builder = new StreamsBuilder();
    SinkTopology.build(builder, settings.kafka().topics(), settings.format(), metrics, clock);
    return builder.build();
  }

  public static Properties properties(SinkSettings settings, PipelineMetrics metrics) {
    return StreamsService.properties(settings.kafka(), settings.applicationId(), settings.processingGuarantee(),
        settings.stateDir(), Map.of(), metrics);
  }

  @Override
  public String name() {
    return "sink";
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
