package io.newsflow.bench;

import io.newsflow.enrich.entity.tagger.SequenceTagger;
import io.newsflow.train.entity.ConllCorpus;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * A rough, single-threaded speed check (a timed loop, not JMH): {@code java -Xmx768m -cp
 * bench/target/benchmarks.jar io.newsflow.bench.MeasureSpeed ../shared/data/conll2003/valid.txt
 * [rounds]} prints the model's load time, the heap in use after loading and after tagging, and
 * tokens tagged per second over the file's documents, by the wall clock and by the thread's CPU
 * time (which other processes on a busy machine disturb far less). The project's benchmark proper
 * is JMH's, beside it.
 */
public final class MeasureSpeed {
  private MeasureSpeed() {}

  public static void main(String[] args) throws IOException {
    List<ConllCorpus.Document> documents = ConllCorpus.read(Path.of(args[0]));
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Runtime runtime = Runtime.getRuntime();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.gc();
    long heapBefore = runtime.totalMemory() - runtime.freeMemory();
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    SequenceTagger tagger = SequenceTagger.load();
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    double loadCpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.gc();
    long heapAfter = runtime.totalMemory() - runtime.freeMemory();
    System.out.printf(
        "load %.2fs (CPU %.2fs), model heap ~%d MB, %d features%n",
        loadSeconds, loadCpuSeconds, (heapAfter - heapBefore) >> 20, tagger.model().featureCount());
    long tokens = documents.stream().mapToLong(ConllCorpus.Document::tokenCount).sum();
    for (int round = 1; round <= rounds + 2; round++) {
      long t0 = System.nanoTime();
      long cpu0 = threads.getCurrentThreadCpuTime();
      long sink = 0;
      for (ConllCorpus.Document doc : documents) {
        sink += tagger.tag(doc.words()).length;
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
      System.out.printf(
          "%s %d: %d tokens in %.2fs = %,.0f tokens/s; CPU %.2fs = %,.0f tokens/s (%d)%n",
          round <= 2 ? "warm-up" : "round",
          round,
          tokens,
          seconds,
          tokens / seconds,
          cpuSeconds,
          tokens / cpuSeconds,
          sink);
    }
    System.gc();
    System.out.printf(
        "heap in use after tagging: ~%d MB%n",
        (runtime.totalMemory() - runtime.freeMemory() - heapBefore) >> 20);
  }
}
