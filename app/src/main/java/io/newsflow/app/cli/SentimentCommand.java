package io.newsflow.app.cli;

import io.newsflow.enrich.sentiment.NewsSentenceScorer;
import io.newsflow.enrich.sentiment.ScoreLines;
import io.newsflow.enrich.sentiment.TargetLines;
import io.newsflow.enrich.sentiment.TargetScorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow sentiment}: offline sentence scores, no Kafka. */
@Command(
    name = "sentiment",
    description = {
      "Offline, no Kafka: reads one text a line and prints one score in [-1, 1] a line, in the"
          + " same order.",
      "With --targets: reads text<TAB>start<TAB>end lines (UTF-16 offsets of one mention in the"
          + " text) and prints one score a line toward that mention."
    })
public final class SentimentCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "0..*", description = "the input (default: stdin)")
  private List<Path> files = new ArrayList<>();

  @Option(
      names = "--targets",
      description =
          "score toward one mention a line: text<TAB>start<TAB>end, UTF-16 offsets; a line of"
              + " another form stops with exit code 2, naming it")
  private boolean targets;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Converters.ReadableFile.checkAll(spec, files);
    PrintWriter out = spec.commandLine().getOut();
    if (targets) {
      TargetLines lines = new TargetLines(TargetScorer.load());
      for (Input input : Input.all(files)) {
        try (Reader in = input.reader()) {
          lines.score(in, out);
        } catch (TargetLines.BadLine e) {
          out.flush();
          throw new ParameterException(
              spec.commandLine(), input.name() + " line " + e.line() + ": " + e.getMessage());
        }
      }
      return 0;
    }
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
