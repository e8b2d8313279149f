package io.newsflow.app.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.app.run.ServiceHost;
import io.newsflow.common.config.Config;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.EnrichSettings;
import io.newsflow.sink.SinkService;
import io.newsflow.sink.SinkSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The pipeline as a stage: ingest to the run's raw topic, enrich, sink, read on the downstream
 * topic. Enrich runs in this JVM, or as separate processes; the sink runs in this JVM.
 */
final class PipelineStage implements Stage {
  /** How to start enrich processes of this command line, and what to tell them. */
  record Processes(
      int count,
      List<String> launcher,
      List<String> arguments,
      Map<String, String> settings,
      Path work,
      Path logs) {}

  private final Config config;
  private final Processes processes;
  private final Clock clock = Clock.systemUTC();
  private EnrichProcesses started;

  /** {@code processes} with a count of 0: enrich in this JVM. */
  PipelineStage(Config config, Processes processes) {
    this.config = config;
    this.processes = processes;
  }

  @Override
  public String name() {
    return "pipeline";
  }

  @Override
  public KafkaSettings input() {
    return KafkaSettings.from(config);
  }

  @Override
  public String output() {
    return input().topics().downstream().name();
  }

  @Override
  public void start(ServiceHost host, MeterRegistry registry) throws Exception {
    if (processes.count() > 0) {
      started =
          host.own(
              EnrichProcesses.start(
                  processes.count(),
                  processes.launcher(),
                  processes.arguments(),
                  processes.settings(),
                  processes.work(),
                  processes.logs()));
    } else {
      ArticleEnricher enricher = ArticleEnricher.withModels(clock);
      host.start(EnrichService.create(EnrichSettings.from(config), enricher, registry));
    }
    host.start(SinkService.create(SinkSettings.from(config), registry, clock));
  }

  @Override
  public void check() {
    if (started != null) {
      started.check();
    }
  }
}
