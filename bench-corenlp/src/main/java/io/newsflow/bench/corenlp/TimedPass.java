package io.newsflow.bench.corenlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * One pass of a tagger over the whole split, timed three ways: by the wall clock; by this thread's
 * CPU time (which the neighbours on a shared machine disturb far less than the wall clock); and by
 * the whole process's CPU time, which also charges the garbage collector's and the JIT compiler's
 * threads (a tagger that allocates much pays for it there).
 */
record TimedPass(
    long tokens, double wallSeconds, double threadCpuSeconds, double processCpuSeconds) {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  static TimedPass run(DocumentTagger tagger, ValidSplit split) {
    long wall0 = System.nanoTime();
    long thread0 = THREADS.getCurrentThreadCpuTime();
    long process0 = processCpuNanos();
    String[][][] tags = split.tagWith(tagger);
    double process = (processCpuNanos() - process0) / 1e9;
    double thread = (THREADS.getCurrentThreadCpuTime() - thread0) / 1e9;
    double wall = (System.nanoTime() - wall0) / 1e9;
    if (tags.length != split.documents().size()) {
      throw new IllegalStateException("the tagger lost documents");
    }
    return new TimedPass(split.tokens(), wall, thread, process);
  }

  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  double wallTokensPerSecond() {
    return tokens / wallSeconds;
  }

  double threadCpuTokensPerSecond() {
    return tokens / threadCpuSeconds;
  }

  double processCpuTokensPerSecond() {
    return tokens / processCpuSeconds;
  }

  @Override
  public String toString() {
    return String.format(
        "%,d tokens: wall %.2f s = %,.0f tokens/s; thread CPU %.2f s = %,.0f; process CPU %.2f s = %,.0f",
        tokens,
        wallSeconds,
        wallTokensPerSecond(),
        threadCpuSeconds,
        threadCpuTokensPerSecond(),
        processCpuSeconds,
        processCpuTokensPerSecond());
  }
}
