package io.newsflow.enrich.trend;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.apache.kafka.streams.kstream.TimeWindows;

/**
 * The two series of trend windows: five minutes tumbling, and one hour hopping by five minutes.
 * Both start on whole multiples of their advance since the epoch, as Kafka Streams places them.
 * Only five-minute windows are counted and stored: an hour is the sum of the twelve it holds.
 */
public enum TrendWindow {
  FIVE_MINUTES("5m", Duration.ofMinutes(5), Duration.ofMinutes(5)),
  ONE_HOUR("1h", Duration.ofHours(1), Duration.ofMinutes(5));

  /** How late an article may come and still count in its window. */
  public static final Duration GRACE = Duration.ofSeconds(30);

  private final String label;
  private final Duration size;
  private final Duration advance;

  TrendWindow(String label, Duration size, Duration advance) {
    this.label = label;
    this.size = size;
    this.advance = advance;
  }

  /** As in {@code /trends?window=} and in the {@code window} field of the trends topic. */
  public String label() {
    return label;
  }

  public Duration size() {
    return size;
  }

  /** The state store that holds the five-minute counts this series is made of. */
  public String store() {
    return EntityTrends.STORE + "-" + FIVE_MINUTES.label;
  }

  /** The windows counted: five minutes, tumbling. */
  static TimeWindows counted() {
    return TimeWindows.ofSizeAndGrace(FIVE_MINUTES.size, GRACE);
  }

  /**
   * The start of the last five-minute window of this series' window that starts at {@code start}.
   */
  Instant lastCountedStart(Instant start) {
    return start.plus(size).minus(FIVE_MINUTES.size);
  }

  /**
   * The start of the window that holds {@code at} and ends first: for one hour hopping, the hour up
   * to the next five-minute boundary, which is the last hour as nearly as the series can say (the
   * latest-starting window holding {@code at} would hold at most five minutes of the past).
   */
  public Instant startHolding(Instant at) {
    long step = advance.toMillis();
    long nextBoundary = Math.floorDiv(at.toEpochMilli(), step) * step + step;
    return Instant.ofEpochMilli(nextBoundary - size.toMillis());
  }

  public static Optional<TrendWindow> labelled(String label) {
    return Arrays.stream(values()).filter(w -> w.label.equals(label)).findFirst();
  }
}
