package io.newsflow.app.cli;

import io.newsflow.app.demo.Demo;
import io.newsflow.common.config.Config;
import io.newsflow.common.metrics.MetricsSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow demo}: the whole pipeline on one machine. */
@Command(
    name = "demo",
    description = {
      "Starts an embedded Kafka broker, ingest, enrich and sink, feeds them the bundled sample"
          + " articles, serves the dashboard and the metrics, and prints where to look.",
      "Then keeps a live wire going, replaying the samples as new articles at --rate per second."
          + " Ctrl-C stops it.",
      "--bootstrap-servers runs it against an existing Kafka cluster instead of the embedded"
          + " broker."
    })
public final class DemoCommand implements Callable<Integer> {
  @Mixin private KafkaOptions kafka;

  @Option(
      names = "--rate",
      paramLabel = "PER_SECOND",
      converter = Converters.Rate.class,
      defaultValue = "1",
      description =
          "articles a second on the live wire; 0 stops after the samples (default: ${DEFAULT-VALUE})")
  private double rate;

  @Option(
      names = "--http-port",
      paramLabel = "PORT",
      converter = Converters.Port.class,
      defaultValue = "8080",
      description = "serves the dashboard, /metrics and /health (default: ${DEFAULT-VALUE})")
  private int httpPort;

  @Option(names = "--json", description = "show each enriched sample article as its full JSON")
  private boolean json;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Config config = kafka.config();
    String httpHost = config.get(MetricsSettings.HOST, "127.0.0.1");
    // before the broker starts: a taken port fails in a moment, naming the flag that helps
    FreePorts.require(httpHost, httpPort, "demo --http-port");
    String home = System.getenv("NEWSFLOW_HOME");
    Path shared =
        (home == null ? Path.of("") : Path.of(home))
            .toAbsolutePath()
            .resolve("../shared/samples")
            .normalize();
    Demo.Options options =
        new Demo.Options(
            config,
            kafka.explicitBootstrapServers().isEmpty(),
            rate,
            httpHost,
            httpPort,
            Files.isDirectory(shared) ? shared : null,
            json);
    new Demo(options, spec.commandLine().getOut()).run();
    return 0;
  }
}
