package io.newsflow.ingest;

/**
 * What a run of ingest did. {@link #toString()} is the line the {@code ingest} command prints:
 * exactly {@code produced N, rejected M}.
 *
 * @param produced articles the broker acknowledged on the raw topic
 * @param rejected inputs (or parts of inputs) that were not articles, sent to the dead-letter topic
 * @param failed records the broker did not acknowledge (the run failed if this is not 0)
 * @param duplicates articles skipped because an endless source delivered them unchanged again
 */
public record IngestSummary(long produced, long rejected, long failed, long duplicates) {
  @Override
  public String toString() {
    return "produced " + produced + ", rejected " + rejected;
  }
}
