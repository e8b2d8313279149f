package io.newsflow.enrich.dedup;

/**
 * What one band store says about one story: the earliest earlier story within the window that
 * shares the band value and is similar enough, or null.
 *
 * @param request the story's read, as {@link Requests#of} names it
 * @param band the band's index
 * @param firstCopy the earliest near-copy this band found, or null
 */
public record BandVote(String request, int band, Earlier firstCopy) {
  /** An earlier story: its article id and record time. */
  public record Earlier(String id, long time) {}
}
