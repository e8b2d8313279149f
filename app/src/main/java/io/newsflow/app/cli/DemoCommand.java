package io.newsflow.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
      defaultValue = "1",
      description = "articles a second on the live wire; 0 stops after the samples (default: ${DEFAULT-VALUE})")
  private double rate;

  @Option(
      names = "--http-port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "serves the dashboard, /metrics and /health (default: ${DEFAULT-VALUE})")
  private int httpPort;

  @Override
  public Integer call() {
    throw NotWiredYet.failure("demo");
  }
}
