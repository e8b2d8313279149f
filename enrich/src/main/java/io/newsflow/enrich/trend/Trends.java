package io.newsflow.enrich.trend;

import io.newsflow.common.article.EntityTrend;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;

/**
 * The answer of {@code /trends}: the entities named most in one window, most articles first, then
 * most mentions, then by id, so that equal counts come in the same order on every instance.
 */
public record Trends(String window, Instant start, Instant end, List<Row> entities) {
  private static final Comparator<Row> MOST_NAMED_FIRST =
      Comparator.comparingLong(Row::articles)
          .thenComparingLong(Row::mentions)
          .reversed()
          .thenComparing(Row::id);

  public Trends {
    entities = List.copyOf(entities);
  }

  /** One entity's counts in the window. */
  public record Row(String id, String name, String type, long articles, long mentions) {
    Row plus(Row other) {
      return new Row(id, name, type, articles + other.articles, mentions + other.mentions);
    }
  }

  /**
   * The {@code top} entities of the window of {@code series} that holds {@code at}, from stores of
   * five-minute counts: an hour's are summed per entity.
   */
  public static Trends read(
      TrendWindow series,
      Instant at,
      int top,
      Collection<? extends ReadOnlyWindowStore<String, EntityTrend>> stores) {
    Instant start = series.startHolding(at);
    List<Row> rows = new java.util.ArrayList<>();
    for (ReadOnlyWindowStore<String, EntityTrend> store : stores) {
      try (KeyValueIterator<Windowed<String>, EntityTrend> counts =
          store.fetchAll(start, series.lastCountedStart(start))) {
        while (counts.hasNext()) {
          KeyValue<Windowed<String>, EntityTrend> count = counts.next();
          EntityTrend trend = count.value;
          rows.add(
              new Row(
                  count.key.key(), trend.name(), trend.type(), trend.articles(), trend.mentions()));
        }
      }
    }
    return ranked(series, start, rows, top);
  }

  /**
   * The answers of instances that each hold some of the partitions, as one: counts of the same
   * entity are added (each entity lives in one partition, so this only guards), then ranked again.
   * Each instance's top {@code top} is enough, since an entity in the top of all is in its own
   * instance's top.
   */
  public static Trends merge(TrendWindow series, Instant start, Collection<Trends> parts, int top) {
    return ranked(series, start, parts.stream().flatMap(p -> p.entities.stream()).toList(), top);
  }

  private static Trends ranked(TrendWindow series, Instant start, List<Row> rows, int top) {
    Map<String, Row> byId = new LinkedHashMap<>();
    for (Row row : rows) {
      byId.merge(row.id(), row, Row::plus);
    }
    List<Row> ranked = byId.values().stream().sorted(MOST_NAMED_FIRST).limit(top).toList();
    return new Trends(series.label(), start, start.plus(series.size()), ranked);
  }
}
