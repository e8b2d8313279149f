package io.newsflow.bench;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@link CompareBuilds} for the sentiment scorer: {@code java -Xmx768m -cp
 * bench/target/benchmarks.jar io.newsflow.bench.CompareSentimentBuilds RATED.tsv ROUNDS CLASSPATH_A
 * CLASSPATH_B}. Each round scores every sentence of the file (its third column, as {@link
 * SentimentBenchmark} reads it) with each build's {@code NewsSentenceScorer.load()}, in A-B then
 * B-A order, timed by the thread's CPU time; printed as by {@link CompareBuilds}, in sentences per
 * CPU second.
 */
public final class CompareSentimentBuilds {
  private CompareSentimentBuilds() {}

  public static void main(String[] args) throws Exception {
    List<String> sentences =
        Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream()
            .map(line -> line.split("\\t", 3))
            .filter(columns -> columns.length == 3)
            .map(columns -> columns[2])
            .toList();
    int rounds = Integer.parseInt(args[1]);
    Object[] scorers = new Object[2];
    Method[] score = new Method[2];
    for (int b = 0; b < 2; b++) {
      Class<?> type =
          CompareBuilds.loader(args[2 + b])
              .loadClass("io.newsflow.enrich.sentiment.NewsSentenceScorer");
      scorers[b] = type.getMethod("load").invoke(null);
      score[b] = type.getMethod("score", String.class);
    }
    double[] checksum = new double[2];
    CompareBuilds.compare(
        rounds,
        sentences.size(),
        "sentences",
        b -> {
          for (String sentence : sentences) {
            checksum[b] += (double) score[b].invoke(scorers[b], sentence);
          }
        });
    System.out.printf("checksums (sums of all scores): A %.9f, B %.9f%n", checksum[0], checksum[1]);
  }
}
