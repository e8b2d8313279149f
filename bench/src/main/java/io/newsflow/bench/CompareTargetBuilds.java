package io.newsflow.bench;

import io.newsflow.bench.BenchmarkTargets.Target;
import java.lang.reflect.Method;
import java.util.List;

/**
 * {@link CompareBuilds} for the target scorer: {@code java -Xmx768m -cp bench/target/benchmarks.jar
 * io.newsflow.bench.CompareTargetBuilds ROUNDS CLASSPATH_A CLASSPATH_B}. Each round scores every
 * mention of {@link BenchmarkTargets} alone ({@code TargetScorer.score(text, start, end)}, which
 * every build has) with each build's {@code TargetScorer.load()}, in A-B then B-A order, timed by
 * the thread's CPU time; printed as by {@link CompareBuilds}, in mentions per CPU second, with each
 * build's sum of scores (equal sums: most likely the same scores).
 */
public final class CompareTargetBuilds {
  private CompareTargetBuilds() {}

  public static void main(String[] args) throws Exception {
    List<Target> targets =
        BenchmarkTargets.load().bySentence().stream().flatMap(List::stream).toList();
    int rounds = Integer.parseInt(args[0]);
    Object[] scorers = new Object[2];
    Method[] score = new Method[2];
    for (int b = 0; b < 2; b++) {
      Class<?> type =
          CompareBuilds.loader(args[1 + b]).loadClass("io.newsflow.enrich.sentiment.TargetScorer");
      scorers[b] = type.getMethod("load").invoke(null);
      score[b] = type.getMethod("score", String.class, int.class, int.class);
    }
    double[] checksum = new double[2];
    CompareBuilds.compare(
        rounds,
        targets.size(),
        "mentions",
        b -> {
          for (Target t : targets) {
            checksum[b] += (double) score[b].invoke(scorers[b], t.text(), t.start(), t.end());
          }
        });
    System.out.printf("checksums (sums of all scores): A %.9f, B %.9f%n", checksum[0], checksum[1]);
  }
}
