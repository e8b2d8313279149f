package io.newsflow.app.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.app.run.ServiceHost;
import io.newsflow.common.config.Config;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.enrich.EnrichSettings;
import java.nio.file.Path;
import java.util.Map;

/** The pass-through ceiling as a stage: {@link PassThrough} between two topics of the run. */
final class PassThroughStage implements Stage {
  private final KafkaSettings input;
  private final RunNames names;
  private final EnrichSettings enrich;
  private final int instances;
  private final Path stateDir;

  /**
   * Configured as enrich is by {@code config} (processing guarantee; its stream threads times the
   * enrich {@code instances}), its state under {@code stateDir}.
   */
  PassThroughStage(Config config, RunNames names, int instances, Path stateDir) {
    this.input =
        KafkaSettings.from(
            config.withFlags(Map.of(Config.PREFIX + "topic.raw", names.passThroughInput())));
    this.names = names;
    this.enrich = EnrichSettings.from(config);
    this.instances = Math.max(1, instances);
    this.stateDir = stateDir;
  }

  @Override
  public String name() {
    return "pass-through";
  }

  @Override
  public KafkaSettings input() {
    return input;
  }

  @Override
  public String output() {
    return names.passThroughOutput();
  }

  @Override
  public void start(ServiceHost host, MeterRegistry registry) {
    host.start(
        PassThrough.create(
            input,
            names.passThroughApplication(),
            enrich.processingGuarantee(),
            enrich.threads() * instances,
            stateDir,
            names.passThroughInput(),
            names.passThroughOutput(),
            registry));
  }
}
