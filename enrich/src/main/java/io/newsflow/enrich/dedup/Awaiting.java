package io.newsflow.enrich.dedup;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * A story waiting for its band votes: the raw record it is read again from (microseconds) and its
 * headers, which name where it came from should it be dead-lettered later.
 */
record Awaiting(byte[] raw, List<StoredHeader> headers) {
  record StoredHeader(String key, byte[] value) {}

  static Awaiting of(byte[] raw, Headers headers) {
    List<StoredHeader> kept = new ArrayList<>();
    for (Header header : headers) {
      kept.add(new StoredHeader(header.key(), header.value()));
    }
    return new Awaiting(raw, kept);
  }

  Headers recordHeaders() {
    RecordHeaders restored = new RecordHeaders();
    headers.forEach(h -> restored.add(h.key(), h.value()));
    return restored;
  }
}
