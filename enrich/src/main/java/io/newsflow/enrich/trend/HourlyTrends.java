package io.newsflow.enrich.trend;

import io.newsflow.common.article.EntityTrend;
import java.time.Instant;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * For each updated five-minute count of an entity, the counts of the twelve hours that hold that
 * window, each the sum of its twelve five-minute counts as the store has them now. An hour's last
 * record is so its final count, as a window of its own would give, without twelve windows to update
 * (and a changelog record each) for every entity an article names.
 */
final class HourlyTrends implements Processor<Windowed<String>, EntityTrend, String, EntityTrend> {
  private static final long STEP = TrendWindow.FIVE_MINUTES.size().toMillis();
  private static final long HOUR = TrendWindow.ONE_HOUR.size().toMillis();

  private TimestampedWindowStore<String, EntityTrend> counts;
  private ProcessorContext<String, EntityTrend> context;

  @Override
  public void init(ProcessorContext<String, EntityTrend> context) {
    this.context = context;
    this.counts = context.getStateStore(TrendWindow.FIVE_MINUTES.store());
  }

  @Override
  public void process(Record<Windowed<String>, EntityTrend> record) {
    String entity = record.key().key();
    long updated = record.key().window().start();
    // hopping windows start at zero at the earliest, as Kafka Streams places them
    long firstHour = Math.max(0, updated - HOUR + STEP);
    NavigableMap<Long, EntityTrend> windows = fetch(entity, firstHour, updated + HOUR - STEP);
    for (long hour = firstHour; hour <= updated; hour += STEP) {
      EntityTrend sum = null;
      for (EntityTrend count : windows.subMap(hour, true, hour + HOUR - STEP, true).values()) {
        sum = sum == null ? count : sum.plus(count);
      }
      if (sum != null) {
        context.forward(
            record
                .withKey(entity)
                .withValue(
                    sum.inWindow(
                        TrendWindow.ONE_HOUR.label(),
                        Instant.ofEpochMilli(hour),
                        Instant.ofEpochMilli(hour + HOUR))));
      }
    }
  }

  /** The entity's five-minute counts by window start, from {@code from} to {@code to}. */
  private NavigableMap<Long, EntityTrend> fetch(String entity, long from, long to) {
    NavigableMap<Long, EntityTrend> windows = new TreeMap<>();
    try (WindowStoreIterator<ValueAndTimestamp<EntityTrend>> stored =
        counts.fetch(entity, from, to)) {
      while (stored.hasNext()) {
        KeyValue<Long, ValueAndTimestamp<EntityTrend>> window = stored.next();
        windows.put(window.key, window.value.value());
      }
    }
    return windows;
  }
}
