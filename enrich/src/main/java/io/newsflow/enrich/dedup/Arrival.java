package io.newsflow.enrich.dedup;

/** What reaches {@link NearDuplicateVerdict}: a story, or one band's vote on a story. */
public sealed interface Arrival<S extends Story<S>> {
  /** A story read again after its repartition, waiting for its votes. */
  record Read<S extends Story<S>>(S article) implements Arrival<S> {}

  /** One band's vote on a story. */
  record Vote<S extends Story<S>>(BandVote vote) implements Arrival<S> {}
}
