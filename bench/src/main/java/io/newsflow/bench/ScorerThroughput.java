package io.newsflow.bench;

import io.newsflow.enrich.sentiment.NewsSentenceScorer;
import io.newsflow.enrich.sentiment.SentenceScorer;
import io.newsflow.enrich.sentiment.VaderSentenceScorer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A rough single-thread throughput check (not a test; JMH would be finer): scores the lines of a
 * file (the text column of a rated TSV) in eight rounds of one CPU-second each and prints the best
 * round's sentences per CPU-second of this thread. CPU time rather than wall time, and the best
 * round, because the machine is shared and waiting for a core is not the scorer's cost.
 *
 * <pre>
 * java -Xmx512m -cp bench/target/benchmarks.jar io.newsflow.bench.ScorerThroughput FILE [vader|news]
 * </pre>
 */
public final class ScorerThroughput {
  private ScorerThroughput() {}

  public static void main(String[] args) throws Exception {
    List<String> lines =
        Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream()
            .map(ScorerThroughput::lastColumn)
            .toList();
    SentenceScorer scorer =
        args.length > 1 && args[1].equals("vader")
            ? VaderSentenceScorer.load()
            : NewsSentenceScorer.load();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double sink = 0;
    double best = 0;
    for (int round = 0; round < 8; round++) {
      long start = threads.getCurrentThreadCpuTime();
      long count = 0;
      while (threads.getCurrentThreadCpuTime() - start < 1_000_000_000L) {
        for (String line : lines) {
          sink += scorer.score(line);
        }
        count += lines.size();
      }
      best = Math.max(best, count / ((threads.getCurrentThreadCpuTime() - start) / 1e9));
    }
    System.out.printf(
        Locale.ROOT,
        "best of 8 rounds: %.0f sentences per CPU-second (checksum %.3f)%n",
        best,
        sink);
  }

  /** The text of a rated line ({@code id TAB rating TAB text}); a plain line as it is. */
  private static String lastColumn(String line) {
    String[] columns = line.split("\t", 3);
    return columns[columns.length - 1];
  }
}
