package io.newsflow.ingest.feed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What ingest remembers of one feed between polls and across restarts.
 *
 * @param etag the validator of the last document read, for {@code If-None-Match}; null if none
 * @param lastModified the other validator, for {@code If-Modified-Since}; null if none
 * @param sent the keys of what Kafka acknowledged from this feed, oldest first
 */
public record FeedState(String etag, String lastModified, List<String> sent) {
  public FeedState {
    sent = List.copyOf(sent);
  }

  public static FeedState empty() {
    return new FeedState(null, null, List.of());
  }

  /**
   * After a document was read and all of it acknowledged: its validators, and its keys as the
   * newest remembered. The oldest keys are forgotten past {@code bound}, but never the document's
   * own: a key forgotten while its item is still in the feed would be sent again.
   */
  public FeedState after(String newEtag, String newLastModified, List<String> keys, int bound) {
    Set<String> remembered = new LinkedHashSet<>(sent);
    remembered.removeAll(keys);
    remembered.addAll(keys);
    List<String> all = new ArrayList<>(remembered);
    int keep = Math.max(bound, new LinkedHashSet<>(keys).size());
    return new FeedState(
        newEtag, newLastModified, all.subList(Math.max(0, all.size() - keep), all.size()));
  }
}
