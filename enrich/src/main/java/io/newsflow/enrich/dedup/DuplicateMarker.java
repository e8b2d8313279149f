package io.newsflow.enrich.dedup;

import io.newsflow.enrich.Cleaned;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Marks an article as {@code duplicateOf} the first article seen with the same fingerprint within
 * the retention window, and drops an article already seen with the same id and the same
 * fingerprint: a re-send (a file ingested again, a retried push) that subscribers have had once.
 * Records arrive keyed by fingerprint, so every copy of a story meets the same store. An article
 * re-sent under its own id with new text (a correction) has a new fingerprint and goes through.
 *
 * <p>The store holds, per fingerprint, the first id under the fingerprint itself and every later id
 * under {@code fingerprint/id} (a fingerprint has no '/'), so a copy under another id is also
 * delivered once however often it is re-sent. It is a window store: Kafka Streams drops its oldest
 * segment whole as stream time passes the retention, so forgetting old stories costs nothing per
 * record and never scans the store (a key-value store would need a sweep over millions of entries).
 */
public final class DuplicateMarker implements FixedKeyProcessor<String, Cleaned, Cleaned> {
  public static final String STORE = "seen-by-fingerprint";

  private final long retentionMs;
  private final boolean dropResends;
  private final Runnable onDropped;
  private WindowStore<String, String> seen;
  private FixedKeyProcessorContext<String, Cleaned> context;

  /**
   * {@code dropResends}: drop re-sends (exactly once only: at least once, a re-processed article
   * would find itself in the store and be lost), else forward them as they come; {@code onDropped}
   * runs once for every re-send dropped (a metric).
   */
  public DuplicateMarker(long retentionMs, boolean dropResends, Runnable onDropped) {
    this.retentionMs = retentionMs;
    this.dropResends = dropResends;
    this.onDropped = onDropped;
  }

  /**
   * The store, kept twice as long as the window: an article may arrive up to a window late and
   * still find the copies that came before it.
   */
  public static StoreBuilder<WindowStore<String, String>> store(Duration retention) {
    return Stores.windowStoreBuilder(
        Stores.persistentWindowStore(STORE, retention.multipliedBy(2), Duration.ofMillis(1), false),
        Serdes.String(),
        Serdes.String());
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Cleaned> context) {
    this.context = context;
    this.seen = context.getStateStore(STORE);
  }

  @Override
  public void process(FixedKeyRecord<String, Cleaned> record) {
    Cleaned article = record.value();
    String first = firstWithin(record.key(), record.timestamp());
    if (first == null) {
      seen.put(record.key(), article.id(), record.timestamp());
      context.forward(record);
    } else if (first.equals(article.id())) {
      resent(record);
    } else {
      String copyKey = record.key() + "/" + article.id();
      FixedKeyRecord<String, Cleaned> copy = record.withValue(article.asDuplicateOf(first));
      if (firstWithin(copyKey, record.timestamp()) != null) {
        resent(copy);
        return;
      }
      seen.put(copyKey, article.id(), record.timestamp());
      context.forward(copy);
    }
  }

  /**
   * The id stored earliest under {@code key} within the retention of {@code timestamp}, or null.
   */
  private String firstWithin(String key, long timestamp) {
    try (WindowStoreIterator<String> stored =
        seen.fetch(key, Math.max(0, timestamp - retentionMs), timestamp + retentionMs)) {
      return stored.hasNext() ? stored.next().value : null;
    }
  }

  private void resent(FixedKeyRecord<String, Cleaned> record) {
    if (dropResends) {
      onDropped.run();
    } else {
      context.forward(record);
    }
  }
}
