package io.newsflow.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow ingest}: articles from files, folders, stdin, feeds or pushes to the raw topic. */
@Command(
    name = "ingest",
    description = {
      "Reads articles and produces them to the raw topic (news.raw).",
      "SOURCE: a file, a folder (--watch keeps watching it), '-' for stdin, an http(s):// RSS or"
          + " Atom feed URL (polled), or http:PORT to accept pushes.",
      "With only files, folders without --watch and stdin, it exits when all are produced and"
          + " prints 'produced N, rejected M'."
    })
public final class IngestCommand implements Callable<Integer> {
  @Mixin private KafkaOptions kafka;

  @Option(
      names = "--from",
      paramLabel = "SOURCE",
      required = true,
      arity = "1..*",
      description = "where articles come from; repeatable")
  private List<String> sources;

  @Option(names = "--watch", description = "keep watching folders for new files")
  private boolean watch;

  @Option(
      names = "--metrics-port",
      paramLabel = "PORT",
      defaultValue = "9401",
      description = "serves /metrics and /health (default: ${DEFAULT-VALUE})")
  private int metricsPort;

  @Override
  public Integer call() {
    throw NotWiredYet.failure("ingest");
  }
}
