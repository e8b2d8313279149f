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
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Counts, per entity and tumbling window of article time, the articles that name it and their
 * mentions, and writes each updated count to the trends topic keyed by entity id. Counts go out as
 * they change (a dashboard wants them live), so a window's last record for an entity is final.
 */
public final class EntityTrends {
  public static final String STORE = "entity-trends";

  private EntityTrends() {}

  public static void count(
      KStream<String, EnrichedArticle> enriched,
      Duration window,
      Topic<String, EntityTrend> trends) {
    JsonSerde<EntityTrend> trendSerde = new JsonSerde<>(EntityTrend.class);
    enriched
        .filter((id, article) -> EntityTrend.counts(article), Named.as("trend-skip-duplicates"))
        .flatMap(
            (id, article) ->
                article.entities().stream()
                    .map(e -> KeyValue.pair(e.id(), EntityTrend.of(e)))
                    .toList(),
            Named.as("trend-by-entity"))
        // one small count per entity and article crosses the repartition, not the mentions
        .groupByKey(Grouped.with("trend-counts", Serdes.String(), trendSerde))
        .windowedBy(TimeWindows.ofSizeAndGrace(window, Duration.ofSeconds(30)))
        .aggregate(
            EntityTrend::empty,
            (entityId, one, trend) -> trend.plus(one),
            Named.as("trend-count"),
            Materialized.<String, EntityTrend, WindowStore<Bytes, byte[]>>as(STORE)
                .withKeySerde(Serdes.String())
                .withValueSerde(trendSerde))
        .toStream(Named.as("trend-updates"))
        .map(
            (windowed, trend) ->
                KeyValue.pair(
                    windowed.key(),
                    trend.inWindow(windowed.window().startTime(), windowed.window().endTime())),
            Named.as("trend-with-window"))
        .to(trends.name(), trends.produced().withName("write-entity-trends"));
  }
}
