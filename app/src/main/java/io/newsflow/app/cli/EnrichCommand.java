package io.newsflow.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow enrich}: the Kafka Streams enrichment service. */
@Command(
    name = "enrich",
    description = {
      "Runs the enrichment service (Kafka Streams) until Ctrl-C: reads the raw topic, finds"
          + " entities and sentiment, writes the enriched topic; unreadable input goes to the"
          + " dead-letter topic."
    })
public final class EnrichCommand implements Callable<Integer> {
  @Mixin private KafkaOptions kafka;

  @Option(
      names = "--metrics-port",
      paramLabel = "PORT",
      defaultValue = "9402",
      description = "serves /metrics and /health (default: ${DEFAULT-VALUE})")
  private int metricsPort;

  @Override
  public Integer call() {
    throw NotWiredYet.failure("enrich");
  }
}
