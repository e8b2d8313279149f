package io.newsflow.bench;

import io.newsflow.train.entity.ConllCorpus;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares the tagging speed of two builds of {@code enrich} in one JVM, round by round: {@code
 * java -Xmx768m -cp bench/target/benchmarks.jar io.newsflow.bench.CompareBuilds FILE.conll ROUNDS
 * CLASSPATH_A CLASSPATH_B}. Each round tags all documents of the file (gold tokens) with each
 * build's {@code SequenceTagger.load()}, in A-B then B-A order, and times it by the thread's CPU
 * time; the first third of the rounds warm up. Printed: each build's median rate and the median and
 * quartiles of the per-round ratio B/A. On a machine shared with other jobs, the two builds of a
 * round meet the same neighbours, so the ratio is far steadier than two separate benchmark runs.
 */
public final class CompareBuilds {
  private CompareBuilds() {}

  public static void main(String[] args) throws Exception {
    List<List<String[]>> documents = new ArrayList<>();
    long tokens = 0;
    for (ConllCorpus.Document d : ConllCorpus.read(Path.of(args[0]))) {
      documents.add(d.words());
      tokens += d.tokenCount();
    }
    int rounds = Integer.parseInt(args[1]);
    Object[] taggers = new Object[2];
    Method[] tag = new Method[2];
    for (int b = 0; b < 2; b++) {
      Class<?> type =
          loader(args[2 + b]).loadClass("io.newsflow.enrich.entity.tagger.SequenceTagger");
      taggers[b] = type.getMethod("load").invoke(null);
      tag[b] = type.getMethod("tag", List.class);
    }
    compare(
        rounds,
        tokens,
        "tokens",
        b -> {
          for (List<String[]> document : documents) {
            tag[b].invoke(taggers[b], document);
          }
        });
  }

  /** One pass of build {@code b} (0 = A, 1 = B) over the whole text. */
  interface Pass {
    void run(int b) throws Exception;
  }

  /**
   * Times {@code rounds} rounds of a pass by each build, in A-B then B-A order, by this thread's
   * CPU time, and prints each build's median rate of {@code units} per pass and the median and
   * quartiles of the per-round ratio B/A after the first third of the rounds (warm-up).
   */
  static void compare(int rounds, long units, String unit, Pass pass) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[][] rate = new double[2][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < 2; k++) {
        int b = r % 2 == 0 ? k : 1 - k;
        long cpu = threads.getCurrentThreadCpuTime();
        pass.run(b);
        rate[b][r] = units / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
      }
    }
    int warm = rounds / 3;
    double[] ratios = new double[rounds - warm];
    for (int r = warm; r < rounds; r++) {
      ratios[r - warm] = rate[1][r] / rate[0][r];
    }
    System.out.printf(
        "A %,.0f, B %,.0f %s per CPU second (medians); B/A per round: median %.3f,"
            + " quartiles %.3f-%.3f, %d rounds after %d warm-up rounds%n",
        median(Arrays.copyOfRange(rate[0], warm, rounds)),
        median(Arrays.copyOfRange(rate[1], warm, rounds)),
        unit,
        median(ratios),
        quantile(ratios, 0.25),
        quantile(ratios, 0.75),
        ratios.length,
        warm);
  }

  /**
   * A class loader of its own for a build's class path (colon-separated), so the two builds never
   * mix.
   */
  static ClassLoader loader(String classPath) throws IOException {
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      urls.add(new File(entry).toURI().toURL());
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  private static double median(double[] values) {
    return quantile(values, 0.5);
  }

  private static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
  }
}
