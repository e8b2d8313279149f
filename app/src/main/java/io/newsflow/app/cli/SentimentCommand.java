package io.newsflow.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code newsflow sentiment}: offline sentence scores, no Kafka. */
@Command(
    name = "sentiment",
    description = {
      "Offline, no Kafka: reads one text a line and prints one score in [-1, 1] a line, in the"
          + " same order."
    })
public final class SentimentCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "0..*", description = "the input (default: stdin)")
  private List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    throw NotWiredYet.failure("sentiment");
  }
}
