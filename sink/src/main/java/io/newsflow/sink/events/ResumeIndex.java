package io.newsflow.sink.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the stream stood right after each of the last {@code capacity} articles: per partition, the
 * offset that came next. Resuming after an article means reading each partition from there, which
 * holds across partitions whatever order the articles arrived in. Older ids are forgotten.
 */
final class ResumeIndex {
  private final Map<String, long[]> after;

  ResumeIndex(int capacity) {
    this.after =
        new LinkedHashMap<>(16, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
            return size() > capacity;
          }
        };
  }

  synchronized void put(String id, long[] nextOffsets) {
    after.remove(id); // a re-delivered id moves to the newest place
    after.put(id, nextOffsets.clone());
  }

  synchronized Optional<long[]> after(String id) {
    return Optional.ofNullable(after.get(id)).map(long[]::clone);
  }
}
