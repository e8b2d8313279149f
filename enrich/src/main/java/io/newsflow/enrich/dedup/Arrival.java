package io.newsflow.enrich.dedup;

import io.newsflow.enrich.Cleaned;

/** What reaches {@link NearDuplicateVerdict}: a story, or one band's vote on a story. */
public sealed interface Arrival {
  /** A story read again after its repartition, waiting for its votes. */
  record Story(Cleaned article) implements Arrival {}

  /** One band's vote on a story. */
  record Vote(BandVote vote) implements Arrival {}
}
