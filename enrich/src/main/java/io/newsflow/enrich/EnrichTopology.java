package io.newsflow.enrich;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.kafka.DeadLetters;
import io.newsflow.common.kafka.ProcessingResult;
import io.newsflow.common.kafka.Topics;
import io.newsflow.common.metrics.PipelineMetrics;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The enrich topology, all of it:
 *
 * <pre>
 *   news.raw ──▶ enrich (parse, clean, language, entities, sentiment) ──┬─▶ news.enriched
 *                                                                      └─▶ news.dlq  (reason, stage, origin)
 * </pre>
 *
 * The raw topic is read as bytes so that a record which is not an article takes the dead-letter
 * branch like any other failure; errors that escape a processor, a deserializer or the producer go
 * to the same topic, with the same headers, through {@link DeadLetterHandlers}.
 */
public final class EnrichTopology {
  private EnrichTopology() {}

  public static void build(
      StreamsBuilder builder, Topics topics, ArticleEnricher enricher, PipelineMetrics metrics) {
    KStream<String, byte[]> raw =
        builder.stream(
            topics.raw().name(),
            Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-raw"));

    Map<String, KStream<String, ProcessingResult<EnrichedArticle>>> results =
        raw.processValues(() -> new EnrichProcessor(enricher, metrics), Named.as("enrich"))
            .split(Named.as("enrich-"))
            .branch((id, result) -> result.succeeded(), Branched.as("succeeded"))
            .defaultBranch(Branched.as("failed"));

    results
        .get("enrich-succeeded")
        .mapValues(ProcessingResult::value, Named.as("enriched-article"))
        .peek((id, article) -> metrics.enriched(), Named.as("count-enriched"))
        .to(topics.enriched().name(), topics.enriched().produced().withName("write-enriched"));

    results
        .get("enrich-failed")
        .peek((id, failure) -> metrics.deadLetter(failure.stage(), DeadLetters.label(failure.reason())),
            Named.as("count-dead-letters"))
        .mapValues(ProcessingResult::original, Named.as("original-bytes"))
        .to(
            topics.deadLetters().name(),
            Produced.with(Serdes.String(), Serdes.ByteArray()).withName("write-dead-letters"));
  }
}
