package io.newsflow.ingest.feed;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Where the state of every feed is kept: a folder of files, or memory for one run. */
public interface FeedStates {
  /** The state last saved for {@code url}; empty when none was. */
  FeedState load(URI url) throws IOException;

  void save(URI url, FeedState state) throws IOException;

  /** State that lasts as long as this process: for a feed read without a state folder. */
  static FeedStates inMemory() {
    Map<URI, FeedState> states = new ConcurrentHashMap<>();
    return new FeedStates() {
      @Override
      public FeedState load(URI url) {
        return states.getOrDefault(url, FeedState.empty());
      }

      @Override
      public void save(URI url, FeedState state) {
        states.put(url, state);
      }
    };
  }
}
