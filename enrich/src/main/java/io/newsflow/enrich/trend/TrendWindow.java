package io.newsflow.enrich.trend;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.apache.kafka.streams.kstream.TimeWindows;

/**
 * The two series of trend windows: five minutes tumbling, and one hour hopping by five minutes.
 * Both start on whole multiples of their advance since the epoch, as Kafka Streams places them.
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

  /** The state store that holds this series' counts. */
  public String store() {
    return EntityTrends.STORE + "-" + label;
  }

  TimeWindows windows() {
    return TimeWindows.ofSizeAndGrace(size, GRACE).advanceBy(advance);
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
