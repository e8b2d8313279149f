package io.newsflow.enrich.dedup;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Keeps, per band value, the stories seen with it within the window (their minima, then their id,
 * in one byte array), and answers each story with the earliest earlier one that is a near-copy: a
 * {@link BandVote} keyed by the story's fingerprint, so it goes back to where the story waits.
 * "Earlier" orders by record time, then id, not by arrival: two copies meeting in several band
 * stores are ordered alike in every one, so neither is ever the other's copy in one band and the
 * original in another.
 */
public final class BandMatcher implements Processor<String, BandEntry, String, BandVote> {
  public static final String STORE = "near-duplicates-by-band";

  private final NearDuplicateSketch sketch;
  private final long windowMs;
  private WindowStore<String, byte[]> stories;
  private ProcessorContext<String, BandVote> context;

  public BandMatcher(NearDuplicateSketch sketch, Duration window) {
    this.sketch = sketch;
    this.windowMs = window.toMillis();
  }

  /** Kept twice the window, as the exact-copy store is: a story a window late still finds. */
  public static StoreBuilder<WindowStore<String, byte[]>> store(Duration window) {
    return Stores.windowStoreBuilder(
        Stores.persistentWindowStore(STORE, window.multipliedBy(2), Duration.ofMillis(1), true),
        Serdes.String(),
        Serdes.ByteArray());
  }

  @Override
  public void init(ProcessorContext<String, BandVote> context) {
    this.context = context;
    this.stories = context.getStateStore(STORE);
  }

  @Override
  public void process(Record<String, BandEntry> record) {
    BandEntry entry = record.value();
    BandVote.Earlier self = new BandVote.Earlier(entry.id(), record.timestamp());
    BandVote.Earlier first = null;
    boolean known = false;
    try (WindowStoreIterator<byte[]> seen =
        stories.fetch(
            record.key(),
            Math.max(0, record.timestamp() - windowMs),
            record.timestamp() + windowMs)) {
      while (seen.hasNext()) {
        KeyValue<Long, byte[]> story = seen.next();
        BandVote.Earlier other = new BandVote.Earlier(idOf(story.value), story.key);
        known |= other.id().equals(self.id());
        if (!other.id().equals(self.id())
            && Tally.ORDER.compare(other, self) < 0
            && (first == null || Tally.ORDER.compare(other, first) < 0)
            && sketch.nearCopies(entry.minima(), minimaOf(story.value))) {
          first = other;
        }
      }
    }
    if (!known) {
      stories.put(record.key(), stored(entry), record.timestamp());
    }
    context.forward(
        record
            .withKey(entry.fingerprint())
            .withValue(new BandVote(entry.request(), entry.band(), first)));
  }

  private static byte[] stored(BandEntry entry) {
    byte[] id = entry.id().getBytes(StandardCharsets.UTF_8);
    byte[] value = Arrays.copyOf(entry.minima(), NearDuplicateSketch.HASHES + id.length);
    System.arraycopy(id, 0, value, NearDuplicateSketch.HASHES, id.length);
    return value;
  }

  private static byte[] minimaOf(byte[] stored) {
    return Arrays.copyOf(stored, NearDuplicateSketch.HASHES);
  }

  private static String idOf(byte[] stored) {
    return new String(
        stored,
        NearDuplicateSketch.HASHES,
        stored.length - NearDuplicateSketch.HASHES,
        StandardCharsets.UTF_8);
  }
}
