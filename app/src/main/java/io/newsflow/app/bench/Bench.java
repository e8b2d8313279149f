package io.newsflow.app.bench;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.app.broker.EmbeddedBroker;
import io.newsflow.app.kafka.TopicSetup;
import io.newsflow.app.run.Cluster;
import io.newsflow.app.run.LogFile;
import io.newsflow.app.run.ServiceHost;
import io.newsflow.app.run.TemporaryFolder;
import io.newsflow.app.state.StateDirectory;
import io.newsflow.common.config.Config;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.common.metrics.Registries;
import io.newsflow.enrich.EnrichSettings;
import io.newsflow.ingest.IngestSettings;
import io.newsflow.ingest.Ingestor;
import io.newsflow.ingest.format.ArticleReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The {@code bench} command's run: on the embedded broker (or the given cluster), the pass-through
 * ceiling and then the pipeline, each fed the same articles the same way through ingest for the
 * same time after its first output, and read downstream as a subscriber reads. Every topic and
 * application is the run's own; all it starts it stops, on failure and on Ctrl-C too.
 */
public final class Bench {
  /** Articles in flight at most, flat out: enough for the pass-through, bounded for the drain. */
  public static final int WINDOW = 1_000;

  static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);

  /** The end of a stage's drain: when nothing has come out for this long, it has stalled. */
  public static final int STALL_SECONDS = 60;

  public static final Duration STALL = Duration.ofSeconds(STALL_SECONDS);

  /** The longest a drain may take, however slowly articles still come out. */
  static final Duration DRAIN_LIMIT = Duration.ofMinutes(5);

  /**
   * What the command was asked for. {@code launcher} starts this command line in a new JVM ({@code
   * java -cp ... MAIN}); {@code kafkaArguments} are the flags that find the cluster.
   */
  public record Options(
      Config config,
      boolean embeddedBroker,
      Optional<Path> from,
      double rate,
      Duration duration,
      Duration warmup,
      int instances,
      List<String> launcher,
      List<String> kafkaArguments) {}

  private final Options options;
  private final PrintWriter err;

  public Bench(Options options, PrintWriter err) {
    this.options = options;
    this.err = err;
  }

  /** Runs both stages and returns their figures. */
  public Report run() throws Exception {
    Config config = options.config();
    String articles = supply(config).description();
    PrometheusMeterRegistry registry = Registries.prometheus("bench");
    try (StateDirectory state =
            StateDirectory.claim(Optional.empty(), StateDirectory.serviceRoot(config, "bench"));
        ServiceHost host = new ServiceHost(registry, ServiceHost.stopTimeout(config))) {
      Path work = host.own(TemporaryFolder.create("newsflow-bench-")).path();
      String where;
      if (options.embeddedBroker()) {
        progress("starting the embedded Kafka broker");
        EmbeddedBroker broker = host.own(EmbeddedBroker.start(0, work.resolve("broker")));
        config =
            config.withFlags(Map.of(KafkaSettings.BOOTSTRAP_SERVERS, broker.bootstrapServers()));
        where = "the embedded broker";
      } else {
        where = KafkaSettings.from(config).bootstrapServers();
      }
      RunNames names = RunNames.create();
      config = config.withFlags(names.pipelineSettings());
      config = config.withFlags(RunNames.stateSettings(state.path()));
      KafkaSettings kafka = KafkaSettings.from(config);
      state.clear();
      host.own(state::clear);
      if (!options.embeddedBroker()) {
        host.own(() -> names.deleteFrom(kafka));
      }
      Cluster.prepare(kafka, config);
      int partitions = config.getInt(Cluster.PARTITIONS, 3);
      new TopicSetup(kafka)
          .create(
              List.of(names.passThroughInput(), names.passThroughOutput()),
              Math.max(1, partitions),
              TopicSetup.BROKER_DEFAULT,
              Duration.ofSeconds(30));

      List<Stage> stages =
          List.of(
              new PassThroughStage(
                  config, names, options.instances(), state.path().resolve("passthrough")),
              new PipelineStage(config, processes(names, kafka, work)));
      List<StageResult> results = new ArrayList<>();
      for (Stage stage : stages) {
        // the same texts for every stage, under ids of its own: the stages share the dead letters
        Load load =
            new Load(
                supply(config),
                names.articleIds() + "-" + stage.name(),
                options.rate(),
                options.duration(),
                STARTUP_LIMIT);
        try {
          results.add(measure(stage, kafka, load, config));
        } catch (RuntimeException e) {
          if (host.stopping()) {
            // Ctrl-C: what failed, failed because it was being stopped
            throw new BenchException("stopped before the end (Ctrl-C); nothing to report", e);
          }
          throw e;
        }
      }
      EnrichSettings enrich = EnrichSettings.from(config);
      return new Report(
          articles,
          options.rate(),
          options.duration(),
          options.warmup(),
          enrich.processingGuarantee(),
          partitions,
          enrich.threads(),
          options.instances(),
          where,
          results);
    }
  }

  private StageResult measure(Stage stage, KafkaSettings kafka, Load load, Config config)
      throws Exception {
    Deliveries deliveries = new Deliveries(WINDOW, options.warmup());
    PrometheusMeterRegistry registry = Registries.prometheus("bench");
    try (ServiceHost host = new ServiceHost(registry, ServiceHost.stopTimeout(config));
        OutputWatcher watcher = OutputWatcher.start(kafka, stage.output(), deliveries)) {
      Ingestor ingestor =
          host.own(new Ingestor(stage.input(), new ArticleReader(), new PipelineMetrics(registry)));
      progress(stage.name() + ": starting");
      long started = System.nanoTime();
      stage.start(host, registry);
      Runnable check =
          () -> {
            watcher.check();
            stage.check();
          };
      load.run(stage.name(), ingestor, deliveries, check, err);
      progress(stage.name() + ": sent " + deliveries.sent() + "; waiting for the rest to come out");
      long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
      while (!deliveries.drained()
          && System.nanoTime() < deadline
          && System.nanoTime() - deliveries.lastProgressNanos() < STALL.toNanos()) {
        check.run();
        TimeUnit.MILLISECONDS.sleep(20);
      }
      watcher.close();
      StageResult result = deliveries.result(stage.name(), started);
      if (result.unexpected() > 0) {
        progress(
            stage.name()
                + ": "
                + result.unexpected()
                + " records on "
                + stage.output()
                + " were not articles in flight (copies?)");
      }
      return result;
    }
  }

  private ArticleSupply supply(Config config) {
    if (options.from().isEmpty()) {
      return GeneratedArticles.fromBundledSamples();
    }
    Path folder = options.from().get();
    ReplayedArticles replayed =
        ReplayedArticles.read(folder, IngestSettings.from(config, false).sources().limits());
    if (replayed.isEmpty()) {
      throw new BenchException(
          "no articles in " + folder + ": give a folder of articles ingest reads");
    }
    return replayed;
  }

  private PipelineStage.Processes processes(RunNames names, KafkaSettings kafka, Path work) {
    List<String> arguments = new ArrayList<>(options.kafkaArguments());
    arguments.addAll(List.of("--bootstrap-servers", kafka.bootstrapServers()));
    return new PipelineStage.Processes(
        options.instances(),
        options.launcher(),
        arguments,
        names.enrichSettings(),
        work,
        LogFile.path().toAbsolutePath().getParent());
  }

  private void progress(String line) {
    err.println("bench: " + line);
    err.flush();
  }
}
