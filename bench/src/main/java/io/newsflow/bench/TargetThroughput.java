package io.newsflow.bench;

import io.newsflow.bench.BenchmarkTargets.Target;
import io.newsflow.enrich.sentiment.NewsSentenceScorer;
import io.newsflow.enrich.sentiment.TargetScorer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@link TargetSentimentBenchmark}'s two ways by this thread's CPU time, steadier than wall time on
 * a machine shared with other jobs, and the sentence scorer over the same sentences: rounds of one
 * pass over all mentions each way, in turn; printed, each way's median rate in mentions per CPU
 * second over the rounds after the first third (warm-up), and the shared way's rate without the
 * sentence scorer's time, which enrich has spent anyway on the sentence's own score.
 *
 * <pre>
 * java -Xmx512m -cp bench/target/benchmarks.jar io.newsflow.bench.TargetThroughput [ROUNDS]
 * </pre>
 */
public final class TargetThroughput {
  private TargetThroughput() {}

  public static void main(String[] args) throws Exception {
    BenchmarkTargets.Corpus corpus = BenchmarkTargets.load();
    List<List<Target>> sentences = corpus.bySentence();
    int mentions = corpus.mentions();
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    NewsSentenceScorer sentenceScorer = NewsSentenceScorer.load();
    TargetScorer scorer = TargetScorer.load(sentenceScorer);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[][] seconds = new double[3][rounds];
    double checksum = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = threads.getCurrentThreadCpuTime();
      for (List<Target> sentence : sentences) {
        for (Target t : sentence) {
          checksum += scorer.score(t.text(), t.start(), t.end());
        }
      }
      long t1 = threads.getCurrentThreadCpuTime();
      for (List<Target> sentence : sentences) {
        TargetScorer.Sentence prepared = scorer.sentence(sentence.get(0).text());
        for (Target t : sentence) {
          checksum += prepared.score(t.start(), t.end());
        }
      }
      long t2 = threads.getCurrentThreadCpuTime();
      for (List<Target> sentence : sentences) {
        checksum += sentenceScorer.score(sentence.get(0).text());
      }
      long t3 = threads.getCurrentThreadCpuTime();
      seconds[0][r] = (t1 - t0) / 1e9;
      seconds[1][r] = (t2 - t1) / 1e9;
      seconds[2][r] = (t3 - t2) / 1e9;
    }
    int warm = rounds / 3;
    double alone = median(seconds[0], warm);
    double shared = median(seconds[1], warm);
    double sentenceScorerTime = median(seconds[2], warm);
    System.out.printf(
        Locale.ROOT,
        "%d mentions in %d sentences from %s; medians of %d rounds after %d warm-up rounds,"
            + " mentions per CPU second:%n  alone %,.0f%n  sharing the sentence %,.0f%n"
            + "  sharing the sentence, without the sentence scorer's time (%,.0f sentences/s)"
            + " %,.0f%n  (checksum %.6f)%n",
        mentions,
        sentences.size(),
        corpus.source(),
        rounds - warm,
        warm,
        mentions / alone,
        mentions / shared,
        sentences.size() / sentenceScorerTime,
        mentions / (shared - sentenceScorerTime),
        checksum);
  }

  private static double median(double[] values, int skip) {
    double[] sorted = Arrays.copyOfRange(values, skip, values.length);
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
