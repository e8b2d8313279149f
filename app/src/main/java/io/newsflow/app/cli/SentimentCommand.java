package io.newsflow.app.cli;

import io.newsflow.enrich.sentiment.NewsSentenceScorer;
import io.newsflow.enrich.sentiment.ScoreLines;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Converters.ReadableFile.checkAll(spec, files);
    PrintWriter out = spec.commandLine().getOut();
    ScoreLines scores = new ScoreLines(NewsSentenceScorer.load(), false);
    for (Input input : Input.all(files)) {
      try (Reader in = input.reader()) {
        scores.score(in, out);
      }
    }
    out.flush();
    return 0;
  }
}
