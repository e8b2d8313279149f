package io.newsflow.app.cli;

import io.newsflow.app.bench.Bench;
import io.newsflow.app.bench.Report;
import io.newsflow.app.bench.ResultTable;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsflow bench}: throughput and latency of the pipeline beside a pass-through ceiling. */
@Command(
    name = "bench",
    description = {
      "Measures the pipeline: replays articles through ingest, enrich and sink on the embedded"
          + " broker (or the cluster of --bootstrap-servers) and prints throughput and end-to-end"
          + " latency percentiles, from ingest to the downstream topic, beside a pass-through"
          + " ceiling measured in the same run.",
      "The ceiling is a Kafka Streams application that reads each article, parses its JSON, adds"
          + " a field and writes it, with enrich's processing guarantee and stream threads and the"
          + " same partitions; it runs first, then the pipeline, each for --duration after its first"
          + " output (articles sent before that are start-up: counted, but not in the latencies).",
      "Without --from, articles are made up from the sentences of the bundled samples, recombined"
          + " by a seeded random generator (the same texts every run, none a copy of another)."
          + " Every article gets an id of the run's, and every topic and application is the run's"
          + " own (deleted afterwards on a cluster).",
      "Exits 1 when an article was lost: it neither came out nor went to the dead-letter topic"
          + " before the bench stopped waiting for it (after the stage put nothing out for "
          + Bench.STALL_SECONDS
          + " s)."
    })
public final class BenchCommand implements Callable<Integer> {
  @Mixin private KafkaOptions kafka;

  @Option(
      names = "--from",
      paramLabel = "DIR",
      description =
          "replay the articles of this folder (any format ingest reads, subfolders too), in turn"
              + " and again as numbered updates; default: generated articles")
  private Path from;

  @Option(
      names = "--rate",
      paramLabel = "PER_SECOND",
      converter = Converters.Rate.class,
      defaultValue = "0",
      description =
          "articles a second; 0 sends flat out, at most "
              + Bench.WINDOW
              + " articles in flight (100 until the first output) (default: ${DEFAULT-VALUE})")
  private double rate;

  @Option(
      names = "--duration",
      paramLabel = "DURATION",
      converter = Converters.PositiveDuration.class,
      defaultValue = "30s",
      description =
          "how long to feed each stage after its first output, e.g. 30s or 5m"
              + " (default: ${DEFAULT-VALUE})")
  private Duration duration;

  @Option(
      names = "--warmup",
      paramLabel = "DURATION",
      converter = Converters.NonNegativeDuration.class,
      defaultValue = "0s",
      description =
          "feed each stage this long after its first output before measuring, so that the figures"
              + " are those of a running process (the JIT compiler done), e.g. 30s"
              + " (default: ${DEFAULT-VALUE})")
  private Duration warmup;

  @Option(
      names = "--instances",
      paramLabel = "N",
      converter = Converters.Count.class,
      defaultValue = "0",
      description =
          "run enrich as N separate processes of this command line (-Xmx512m each); 0 runs it in"
              + " this JVM (default: ${DEFAULT-VALUE})")
  private int instances;

  @Option(names = "--json", description = "print the figures as one JSON object instead")
  private boolean json;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (from != null && !Files.isDirectory(from)) {
      throw new ParameterException(
          spec.commandLine(), "--from " + from + ": not a folder (give a folder of articles)");
    }
    Bench.Options options =
        new Bench.Options(
            kafka.config(),
            kafka.explicitBootstrapServers().isEmpty(),
            Optional.ofNullable(from),
            rate,
            duration,
            warmup,
            instances,
            launcher(),
            kafkaArguments());
    Report report = new Bench(options, spec.commandLine().getErr()).run();
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? ResultTable.json(report) + System.lineSeparator() : ResultTable.text(report));
    out.flush();
    if (report.lost() > 0) {
      throw new CommandFailure(
          report.lost()
              + " articles were lost: neither out nor dead-lettered when the bench stopped"
              + " waiting (nothing out for "
              + Bench.STALL.toSeconds()
              + " s); see the log file");
    }
    return 0;
  }

  /** This command line in a new JVM: the same Java, the same class path. */
  private static List<String> launcher() {
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp",
        System.getProperty("java.class.path"),
        Newsflow.class.getName());
  }

  /**
   * The flags that give an enrich process the same client settings (the bench adds the cluster).
   */
  private List<String> kafkaArguments() {
    List<String> arguments = new ArrayList<>();
    kafka
        .configFile()
        .ifPresent(file -> arguments.addAll(List.of("--config", file.toAbsolutePath().toString())));
    return arguments;
  }
}
