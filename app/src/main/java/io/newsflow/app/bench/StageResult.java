package io.newsflow.app.bench;

/**
 * What one stage did: counts, throughput between its first and last output, and the end-to-end
 * latencies. Figures that could not be measured (nothing came out) are null.
 *
 * @param sent articles handed to ingest and taken by it
 * @param delivered articles read from the stage's output topic
 * @param deadLettered articles that went to the dead-letter topic instead
 * @param refused articles ingest did not take (not counted as sent)
 * @param unexpected records on the output topic that were not in flight: a copy, or not ours
 * @param firstOutputSeconds from starting the stage's applications to its first output
 * @param articlesPerSecond articles out after the first output, over the time to the last
 * @param megabytesPerSecond the same, in 10^6 bytes of the articles' JSON as sent to ingest
 * @param windowFilled whether, after the first output, the sender ever found the window of articles
 *     in flight full: flat out, when it never did, the stage was never the bottleneck and its
 *     throughput is the sender's (ingest's) rather than its own
 */
public record StageResult(
    String stage,
    long sent,
    long delivered,
    long deadLettered,
    long refused,
    long unexpected,
    Double firstOutputSeconds,
    Double articlesPerSecond,
    Double megabytesPerSecond,
    Percentiles latencyMillis,
    boolean windowFilled) {

  /** Sent articles that neither came out nor went to the dead-letter topic. */
  public long lost() {
    return sent - delivered - deadLettered;
  }
}
