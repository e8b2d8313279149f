package io.newsflow.enrich.dedup;

import io.newsflow.common.article.EnrichedArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Marks an article as {@code duplicateOf} the first article seen with the same fingerprint within
 * the retention window, and drops an article already seen with the same id and the same
 * fingerprint: a re-send (a file ingested again, a retried push) that subscribers have had once.
 * Records arrive keyed by fingerprint, so every copy of a story meets the same store. An article
 * re-sent under its own id with new text (a correction) has a new fingerprint and goes through.
 *
 * <p>The store holds, per fingerprint, the first id under the fingerprint itself and every later id
 * under {@code fingerprint/id} (a fingerprint has no '/'), so a copy under another id is also
 * delivered once however often it is re-sent.
 */
public final class DuplicateMarker
    implements FixedKeyProcessor<String, EnrichedArticle, EnrichedArticle> {
  public static final String STORE = "first-article-by-fingerprint";

  private final long retentionMs;
  private final boolean dropResends;
  private final Runnable onDropped;
  private TimestampedKeyValueStore<String, String> firstSeen;
  private FixedKeyProcessorContext<String, EnrichedArticle> context;

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

  @Override
  public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
    this.context = context;
    this.firstSeen = context.getStateStore(STORE);
    // forget stories older than the retention, so the store stays as small as the window
    context.schedule(Duration.ofMinutes(1), PunctuationType.STREAM_TIME, this::forgetBefore);
  }

  private void forgetBefore(long streamTime) {
    List<String> expired = new ArrayList<>();
    try (KeyValueIterator<String, ValueAndTimestamp<String>> all = firstSeen.all()) {
      all.forEachRemaining(
          entry -> {
            if (streamTime - entry.value.timestamp() > retentionMs) {
              expired.add(entry.key);
            }
          });
    }
    expired.forEach(firstSeen::delete);
  }

  @Override
  public void process(FixedKeyRecord<String, EnrichedArticle> record) {
    EnrichedArticle article = record.value();
    ValueAndTimestamp<String> first = firstSeen.get(record.key());
    if (!seenWithin(first, record)) {
      firstSeen.put(record.key(), ValueAndTimestamp.make(article.id(), record.timestamp()));
      context.forward(record);
    } else if (first.value().equals(article.id())) {
      resent(record);
    } else {
      String copyKey = record.key() + "/" + article.id();
      if (seenWithin(firstSeen.get(copyKey), record)) {
        resent(record.withValue(withDuplicateOf(article, first.value())));
        return;
      }
      firstSeen.put(copyKey, ValueAndTimestamp.make(article.id(), record.timestamp()));
      context.forward(record.withValue(withDuplicateOf(article, first.value())));
    }
  }

  private void resent(FixedKeyRecord<String, EnrichedArticle> record) {
    if (dropResends) {
      onDropped.run();
    } else {
      context.forward(record);
    }
  }

  private boolean seenWithin(
      ValueAndTimestamp<String> seen, FixedKeyRecord<String, EnrichedArticle> record) {
    return seen != null && record.timestamp() - seen.timestamp() <= retentionMs;
  }

  static EnrichedArticle withDuplicateOf(EnrichedArticle a, String originalId) {
    return new EnrichedArticle(
        a.schema(),
        a.id(),
        a.source(),
        a.url(),
        a.headline(),
        a.body(),
        a.language(),
        a.published(),
        a.received(),
        a.enriched(),
        a.entities(),
        a.sentiment(),
        originalId);
  }
}
