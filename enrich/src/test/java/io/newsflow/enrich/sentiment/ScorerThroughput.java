package io.newsflow.enrich.sentiment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A rough single-thread throughput check (not a test; JMH would be finer): scores the lines of
 * a file over and over for a few seconds after a warm-up and prints sentences per second.
 *
 * <pre>java -Xmx512m -cp enrich/target/classes:enrich/target/test-classes:common/target/classes \
 *     io.newsflow.enrich.sentiment.ScorerThroughput FILE [vader|news]</pre>
 */
public final class ScorerThroughput {
  private ScorerThroughput() {}

  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream()
        .map(ScoreLines::textColumn).toList();
    SentenceScorer scorer = args.length > 1 && args[1].equals("vader")
        ? VaderSentenceScorer.load() : NewsSentenceScorer.load();
    double sink = 0;
    // CPU time of this thread, not wall time: the machine is shared, and waiting for a core is
    // not the scorer's cost
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 3; round++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      long count = 0;
      while (System.nanoTime() - start < 3_000_000_000L) {
        for (String line : lines) {
          sink += scorer.score(line);
        }
        count += lines.size();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      System.out.printf(Locale.ROOT, "%s: %.0f sentences per CPU second (%.0f per wall second; %d in %.1f s)%n",
          round == 0 ? "warm-up" : "measured", count / cpu, count / seconds, count, seconds);
    }
    System.out.println("checksum " + sink);
  }
}
