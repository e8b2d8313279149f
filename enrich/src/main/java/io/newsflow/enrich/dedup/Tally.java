package io.newsflow.enrich.dedup;

import java.util.Comparator;

/**
 * The votes a story has had so far: which bands have answered, and the earliest near-copy any of
 * them found.
 *
 * @param answered a bit per band that has answered
 * @param firstCopy the earliest near-copy found, or null
 */
record Tally(long answered, BandVote.Earlier firstCopy) {
  static final Comparator<BandVote.Earlier> ORDER =
      Comparator.comparingLong(BandVote.Earlier::time).thenComparing(BandVote.Earlier::id);

  static final Tally NONE = new Tally(0, null);

  Tally with(BandVote vote) {
    BandVote.Earlier found = vote.firstCopy();
    BandVote.Earlier first =
        firstCopy == null || (found != null && ORDER.compare(found, firstCopy) < 0)
            ? found
            : firstCopy;
    return new Tally(answered | (1L << vote.band()), first);
  }

  boolean complete(int bands) {
    return answered == (bands == 64 ? -1L : (1L << bands) - 1);
  }
}
