package io.newsflow.bench.corenlp;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One tagger alone in its JVM, for what only a JVM of its own can say: load time, memory (heap held
 * after loading; resident set after loading and at its peak) and its predictions on the valid split
 * for {@code conll_score.py}, plus a few timed passes as a cross-check of the JMH figures.
 *
 * <pre>
 * MeasureTagger corenlp|newsflow [PREDICTIONS.conll or -] [ROUNDS]
 * </pre>
 */
public final class MeasureTagger {
  private MeasureTagger() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: MeasureTagger corenlp|newsflow [PREDICTIONS.conll or -] [ROUNDS]");
      System.exit(2);
    }
    if (!ValidSplit.available()) {
      System.out.println(ValidSplit.missingMessage());
      return;
    }
    Contender contender = Contender.named(args[0]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    ValidSplit split = ValidSplit.load();
    System.out.printf(
        "%s: %,d documents, %,d sentences, %,d tokens%n",
        split.file(), split.documents().size(), split.sentences(), split.tokens());
    long heapBefore = ProcessMemory.heapUsedAfterGcMb();
    System.out.printf(
        "before loading: heap %d MB, resident %d MB%n", heapBefore, ProcessMemory.residentMb());

    long start = System.nanoTime();
    DocumentTagger tagger = contender.load();
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    long heapAfter = ProcessMemory.heapUsedAfterGcMb();
    System.out.printf(
        "%s: loaded in %.2f s; heap held by the tagger %d MB; resident %d MB (peak %d MB)%n",
        contender.description(),
        loadSeconds,
        heapAfter - heapBefore,
        ProcessMemory.residentMb(),
        ProcessMemory.peakResidentMb());

    long t0 = System.nanoTime();
    String[][][] tags = split.tagWith(tagger);
    System.out.printf("first (cold) pass: %.2f s%n", (System.nanoTime() - t0) / 1e9);
    if (args.length > 1 && !args[1].equals("-")) {
      ConllPredictions.write(split.file(), tags, Path.of(args[1]));
      System.out.println("predictions written to " + args[1]);
    }
    for (int round = 1; round <= rounds; round++) {
      System.out.println("pass " + round + ": " + TimedPass.run(tagger, split));
    }
    System.out.printf(
        "resident memory: now %d MB, peak (VmHWM) %d MB; max heap %d MB%n",
        ProcessMemory.residentMb(),
        ProcessMemory.peakResidentMb(),
        Runtime.getRuntime().maxMemory() >> 20);
  }
}
