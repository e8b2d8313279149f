package io.newsflow.enrich;

import io.newsflow.common.kafka.DeadLetterBranch;
import io.newsflow.common.kafka.DeadLetterHandlers;
import io.newsflow.common.kafka.Topics;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.enrich.dedup.ContentFingerprint;
import io.newsflow.enrich.dedup.DuplicateMarker;
import io.newsflow.enrich.dedup.NearDuplicateSketch;
import io.newsflow.enrich.trend.EntityTrends;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The enrich topology, all of it:
 *
 * <pre>
 *   news.raw ─▶ read: parse, ─┬─▶ by fingerprint ─▶ read again ─▶ wait for its ─▶ drop re-sends, ─▶ enrich: language, ─┬─▶ news.enriched
 *   (bytes)     clean,        │   (the raw bytes)                  votes, mark    mark copies       entities,         ├─▶ count per entity and window ─▶ news.entity-trends
 *               validate      │                                    near-copies                      sentiment         │
 *                             ├─▶ band values ─▶ by band ─▶ by fingerprint ─▲                                         └─▶ news.dlq
 *                             └─▶ news.dlq
 * </pre>
 *
 * The raw topic is read as bytes so that a record which is not an article takes the dead-letter
 * branch like any other failure; errors that escape a processor, a deserializer or the producer go
 * to the same topic, with the same headers, through {@link DeadLetterHandlers}. Only the raw bytes
 * cross the repartition, so the enriched article, several times larger, is written once, and a
 * re-sent story is dropped before the models run. Reading again after the repartition costs
 * microseconds; a dead letter from there names the raw record's topic, partition and offset, which
 * travel in headers. Near-copies (the same story lightly edited) are found by {@link
 * NearDuplicateSteps}: only small records, band values and verdicts, move for them.
 */
public final class EnrichTopology {
  private EnrichTopology() {}

  /** How long a story's fingerprint is remembered, and how long trend windows can be asked for. */
  public record Windows(Duration duplicates, Duration trendsKept) {
    public static Windows defaults() {
      return new Windows(Duration.ofHours(24), EntityTrends.DEFAULT_RETENTION);
    }
  }

  /** The topology as it runs by default, exactly once, where a re-sent article is dropped. */
  public static void build(
      StreamsBuilder builder,
      Topics topics,
      ArticleEnricher enricher,
      PipelineMetrics metrics,
      Windows windows) {
    build(builder, topics, enricher, metrics, windows, true, NearDuplicateSketch.defaults());
  }

  /**
   * {@code exactlyOnce}: drop an article re-sent with the same id and text, and mark near-copies.
   * Both are only safe exactly once, where the stores' memory of an article commits with its
   * output: at least once, a task that fails after a store write and before the output is written
   * processes the article again and would drop the only copy (or wait for votes already consumed),
   * so there re-sends are delivered again, as at-least-once promises, and only exact copies are
   * marked.
   */
  public static void build(
      StreamsBuilder builder,
      Topics topics,
      ArticleEnricher enricher,
      PipelineMetrics metrics,
      Windows windows,
      boolean exactlyOnce,
      NearDuplicateSketch sketch) {
    KStream<String, byte[]> raw =
        builder.stream(
            topics.raw().name(),
            Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-raw"));

    KStream<String, Cleaned> read =
        DeadLetterBranch.split(
            raw.processValues(() -> new ReadProcessor(enricher), Named.as("read")),
            topics.deadLetters().name(),
            metrics,
            "read");

    // every copy of a story meets the same store when keyed by its content fingerprint
    KStream<String, Cleaned> byFingerprint =
        DeadLetterBranch.split(
            read.map(
                    (id, article) ->
                        KeyValue.pair(
                            ContentFingerprint.of(article.headline(), article.body()),
                            article.raw()),
                    Named.as("key-by-fingerprint"))
                .repartition(
                    Repartitioned.with(Serdes.String(), Serdes.ByteArray())
                        .withName("raw-by-fingerprint"))
                .processValues(() -> new ReadProcessor(enricher), Named.as("read-again")),
            topics.deadLetters().name(),
            metrics,
            "read-again");
    if (exactlyOnce) {
      byFingerprint =
          NearDuplicateSteps.mark(
              builder,
              read,
              byFingerprint,
              sketch,
              windows.duplicates(),
              enricher,
              topics.deadLetters().name(),
              metrics);
    }

    builder.addStateStore(DuplicateMarker.store(windows.duplicates()));
    KStream<String, Cleaned> firstCopies =
        byFingerprint.processValues(
            () ->
                new DuplicateMarker<Cleaned>(
                    windows.duplicates().toMillis(), exactlyOnce, metrics::duplicateDropped),
            Named.as("mark-duplicates"),
            DuplicateMarker.STORE);

    // keyed by article id again before the models run, so their dead letters carry the id as well
    KStream<String, EnrichedRecord> enriched =
        DeadLetterBranch.split(
            firstCopies
                .selectKey((fingerprint, article) -> article.id(), Named.as("key-by-article-id"))
                .processValues(
                    () -> new EnrichProcessor(enricher, metrics, topics.enriched()),
                    Named.as("enrich")),
            topics.deadLetters().name(),
            metrics,
            "enrich");

    enriched
        .peek((id, written) -> metrics.enriched(written.article()), Named.as("count-enriched"))
        .mapValues(EnrichedRecord::value, Named.as("as-written"))
        .to(
            topics.enriched().name(),
            Produced.with(Serdes.String(), Serdes.ByteArray()).withName("write-enriched"));

    EntityTrends.count(
        enriched.mapValues(EnrichedRecord::article, Named.as("as-article")),
        windows.trendsKept(),
        topics.entityTrends());
  }
}
