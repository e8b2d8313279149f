package io.newsflow.enrich.trend;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.EntityTrend;
import io.newsflow.common.json.JsonSerde;
import io.newsflow.common.kafka.Topic;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Counts, per entity and {@link TrendWindow} of article time, the articles that name it and their
 * mentions, and writes each updated count to the trends topic keyed by entity id, its {@code
 * window} field saying which series it belongs to. Counts go out as they change (a dashboard wants
 * them live), so a window's last record for an entity is final. Only five-minute windows are
 * counted, in the store {@link TrendQuery} reads; each updated one also goes out as the twelve
 * hours that hold it ({@link HourlyTrends}), summed from the five-minute counts.
 */
public final class EntityTrends {
  /** The prefix of the stores' names; {@link TrendWindow#store()} adds the series. */
  public static final String STORE = "entity-trends";

  /** How long windows stay in the stores, to be asked for with {@code at=}, unless told. */
  public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);

  private EntityTrends() {}

  /**
   * @param retention how long a window's counts stay queryable; at least the longest window and its
   *     grace
   */
  public static void count(
      KStream<String, EnrichedArticle> enriched,
      Duration retention,
      Topic<String, EntityTrend> trends) {
    JsonSerde<EntityTrend> trendSerde = new JsonSerde<>(EntityTrend.class);
    KGroupedStream<String, EntityTrend> byEntity =
        enriched
            .filter((id, article) -> EntityTrend.counts(article), Named.as("trend-skip-duplicates"))
            .flatMap(
                (id, article) ->
                    article.entities().stream()
                        .map(e -> KeyValue.pair(e.id(), EntityTrend.of(e)))
                        .toList(),
                Named.as("trend-by-entity"))
            // one small count per entity and article crosses the repartition, not the mentions
            .groupByKey(Grouped.with("trend-counts", Serdes.String(), trendSerde));
    String fiveMinutes = TrendWindow.FIVE_MINUTES.label();
    KStream<Windowed<String>, EntityTrend> updates =
        byEntity
            .windowedBy(TrendWindow.counted())
            .aggregate(
                EntityTrend::empty,
                (entityId, one, trend) -> trend.plus(one),
                Named.as("trend-count-" + fiveMinutes),
                Materialized.<String, EntityTrend, WindowStore<Bytes, byte[]>>as(
                        TrendWindow.FIVE_MINUTES.store())
                    .withKeySerde(Serdes.String())
                    .withValueSerde(trendSerde)
                    .withRetention(retention))
            .toStream(Named.as("trend-updates-" + fiveMinutes));
    updates
        .map(
            (windowed, trend) ->
                KeyValue.pair(
                    windowed.key(),
                    trend.inWindow(
                        fiveMinutes, windowed.window().startTime(), windowed.window().endTime())),
            Named.as("trend-with-window-" + fiveMinutes))
        .to(trends.name(), trends.produced().withName("write-entity-trends-" + fiveMinutes));
    String hour = TrendWindow.ONE_HOUR.label();
    updates
        .process(HourlyTrends::new, Named.as("trend-hours"), TrendWindow.FIVE_MINUTES.store())
        .to(trends.name(), trends.produced().withName("write-entity-trends-" + hour));
  }
}
