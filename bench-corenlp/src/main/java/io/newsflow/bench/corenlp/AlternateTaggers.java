package io.newsflow.bench.corenlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Both taggers in one JVM, timed pass for pass in turn (which one goes first swaps every round), so
 * that the load the neighbours put on a shared machine falls on both alike. Prints each round and
 * the spread (min, median, max) of each tagger's tokens/s and of the ratio, by wall clock, thread
 * CPU time and process CPU time (see {@link TimedPass}).
 *
 * <pre>
 * AlternateTaggers [ROUNDS]
 * </pre>
 */
public final class AlternateTaggers {
  private static final int WARM_UP_ROUNDS = 4;

  private AlternateTaggers() {}

  public static void main(String[] args) {
    if (!ValidSplit.available()) {
      System.out.println(ValidSplit.missingMessage());
      return;
    }
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    ValidSplit split = ValidSplit.load();
    DocumentTagger coreNlp = Contender.CORENLP_CRF.load();
    DocumentTagger ours = Contender.NEWSFLOW.load();
    System.out.printf(
        "%,d tokens per pass; %d warm-up rounds, %d rounds%n",
        split.tokens(), WARM_UP_ROUNDS, rounds);

    List<TimedPass[]> measured = new ArrayList<>();
    for (int round = 1; round <= WARM_UP_ROUNDS + rounds; round++) {
      TimedPass theirs;
      TimedPass mine;
      if (round % 2 == 1) {
        theirs = TimedPass.run(coreNlp, split);
        mine = TimedPass.run(ours, split);
      } else {
        mine = TimedPass.run(ours, split);
        theirs = TimedPass.run(coreNlp, split);
      }
      boolean warmUp = round <= WARM_UP_ROUNDS;
      System.out.printf(
          "%s %d%n  CoreNLP  %s%n  newsflow %s%n",
          warmUp ? "warm-up" : "round", round, theirs, mine);
      if (!warmUp) {
        measured.add(new TimedPass[] {theirs, mine});
      }
    }
    System.out.println("tokens/s over the measured rounds, min / median / max:");
    report("wall clock", measured, TimedPass::wallTokensPerSecond);
    report("thread CPU", measured, TimedPass::threadCpuTokensPerSecond);
    report("process CPU", measured, TimedPass::processCpuTokensPerSecond);
  }

  private static void report(
      String clock, List<TimedPass[]> measured, ToDoubleFunction<TimedPass> rate) {
    summary(
        "CoreNLP  " + clock,
        measured.stream().mapToDouble(p -> rate.applyAsDouble(p[0])).toArray());
    summary(
        "newsflow " + clock,
        measured.stream().mapToDouble(p -> rate.applyAsDouble(p[1])).toArray());
    summary(
        "ratio    " + clock,
        measured.stream()
            .mapToDouble(p -> rate.applyAsDouble(p[1]) / rate.applyAsDouble(p[0]))
            .toArray());
  }

  private static void summary(String what, double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double median =
        sorted.length % 2 == 1
            ? sorted[sorted.length / 2]
            : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    String format =
        what.startsWith("ratio") ? "%-21s %.1f / %.1f / %.1f%n" : "%-21s %,.0f / %,.0f / %,.0f%n";
    System.out.printf(format, what, sorted[0], median, sorted[sorted.length - 1]);
  }
}
