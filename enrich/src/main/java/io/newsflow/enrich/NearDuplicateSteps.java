package io.newsflow.enrich;

import io.newsflow.common.json.JsonSerde;
import io.newsflow.common.kafka.DeadLetterBranch;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.enrich.dedup.Arrival;
import io.newsflow.enrich.dedup.BandEntry;
import io.newsflow.enrich.dedup.BandMatcher;
import io.newsflow.enrich.dedup.BandSplitter;
import io.newsflow.enrich.dedup.BandVote;
import io.newsflow.enrich.dedup.NearDuplicateSketch;
import io.newsflow.enrich.dedup.NearDuplicateVerdict;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The near-duplicate steps, a scatter and a gather of small records beside the story:
 *
 * <pre>
 *   read ─▶ band values ─▶ by band ─▶ earlier near-copy ─▶ by fingerprint ─┐
 *   read again (by fingerprint) ───────────────────────────────────────────┴─▶ wait for every band, mark
 * </pre>
 *
 * Each story's band values are keyed by band, so near-copies read by different instances meet in
 * one band store; each band answers under the story's fingerprint, the key the story itself was
 * repartitioned by, so the answers and the story meet in one task. Only ids, band values and 128
 * one-byte minima travel to the band stores. The marked story goes straight on to the models in the
 * same task: one released by its last vote is read again from the raw record it waited as, with
 * that record's headers, so its dead letters carry the raw story and name where it was read.
 */
final class NearDuplicateSteps {
  private NearDuplicateSteps() {}

  static KStream<String, Cleaned> mark(
      StreamsBuilder builder,
      KStream<String, Cleaned> read,
      KStream<String, Cleaned> byFingerprint,
      NearDuplicateSketch sketch,
      Duration window,
      ArticleEnricher enricher,
      String deadLetters,
      PipelineMetrics metrics) {
    builder.addStateStore(BandMatcher.store(window));
    KStream<String, Arrival<Cleaned>> votes =
        read.process(() -> new BandSplitter<Cleaned>(sketch), Named.as("near-duplicate-bands"))
            .repartition(
                Repartitioned.with(Serdes.String(), new JsonSerde<>(BandEntry.class))
                    .withName("near-duplicate-bands"))
            .process(
                () -> new BandMatcher(sketch, window), Named.as("match-bands"), BandMatcher.STORE)
            .repartition(
                Repartitioned.with(Serdes.String(), new JsonSerde<>(BandVote.class))
                    .withName("near-duplicate-votes"))
            .mapValues(
                vote -> (Arrival<Cleaned>) new Arrival.Vote<Cleaned>(vote), Named.as("as-vote"));

    builder.addStateStore(NearDuplicateVerdict.storiesStore());
    builder.addStateStore(NearDuplicateVerdict.votesStore());
    return DeadLetterBranch.split(
        byFingerprint
            .mapValues(story -> (Arrival<Cleaned>) new Arrival.Read<>(story), Named.as("as-story"))
            .merge(votes, Named.as("stories-and-votes"))
            .processValues(
                () -> new NearDuplicateVerdict<Cleaned>(sketch, enricher::read),
                Named.as("mark-near-duplicates"),
                NearDuplicateVerdict.STORIES,
                NearDuplicateVerdict.VOTES),
        deadLetters,
        metrics,
        "read-released");
  }
}
