package io.newsflow.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow sink}: delivers enriched articles downstream. */
@Command(
    name = "sink",
    description = {
      "Runs the sink service until Ctrl-C: delivers enriched articles to the downstream topic"
          + " (news.downstream) and to the subscriptions."
    })
public final class SinkCommand implements Callable<Integer> {
  @Mixin private KafkaOptions kafka;

  @Option(
      names = "--subscriptions",
      paramLabel = "FILE",
      description = "the subscriptions to deliver to")
  private Path subscriptions;

  @Option(
      names = "--metrics-port",
      paramLabel = "PORT",
      defaultValue = "9403",
      description = "serves /metrics and /health (default: ${DEFAULT-VALUE})")
  private int metricsPort;

  @Override
  public Integer call() {
    throw NotWiredYet.failure("sink");
  }
}
