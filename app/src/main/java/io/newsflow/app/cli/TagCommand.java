package io.newsflow.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsflow tag}: offline enrichment, no Kafka. */
@Command(
    name = "tag",
    description = {
      "Offline enrichment, no Kafka.",
      "json (default): reads articles (one a file, or JSON lines on stdin) and prints one"
          + " enriched article a line.",
      "conll: reads CoNLL-2003 column text and prints every line with the predicted IOB2 tag"
          + " (PER, ORG, LOC, MISC or O) appended as a last column."
    })
public final class TagCommand implements Callable<Integer> {
  /** The input and output formats. */
  public enum Format {
    json,
    conll
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "json",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  private Format format;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "the input (default: stdin)")
  private List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    throw NotWiredYet.failure("tag");
  }
}
