package io.newsflow.bench.corenlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * One pass of a tagger over the whole split, timed by the wall clock and by this thread's CPU time
 * (which the neighbours on a shared machine disturb far less than the wall clock).
 */
record TimedPass(long tokens, double wallSeconds, double cpuSeconds) {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  static TimedPass run(DocumentTagger tagger, ValidSplit split) {
    long wall0 = System.nanoTime();
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    String[][][] tags = split.tagWith(tagger);
    double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
    double wall = (System.nanoTime() - wall0) / 1e9;
    if (tags.length != split.documents().size()) {
      throw new IllegalStateException("the tagger lost documents");
    }
    return new TimedPass(split.tokens(), wall, cpu);
  }

  double wallTokensPerSecond() {
    return tokens / wallSeconds;
  }

  double cpuTokensPerSecond() {
    return tokens / cpuSeconds;
  }

  @Override
  public String toString() {
    return String.format("%,d tokens in %.2f s = %,.0f tokens/s (CPU %.2f s = %,.0f tokens/s)",
        tokens, wallSeconds, wallTokensPerSecond(), cpuSeconds, cpuTokensPerSecond());
  }
}
