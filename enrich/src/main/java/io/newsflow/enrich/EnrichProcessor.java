package io.newsflow.enrich;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.kafka.DeadLetterHandlers;
import io.newsflow.common.kafka.ProcessingResult;
import io.newsflow.common.kafka.Topic;
import io.newsflow.common.metrics.PipelineMetrics;
import java.time.Duration;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Runs {@link ArticleEnricher#enrich(Cleaned)} on each cleaned article, writes the result as the
 * enriched topic takes it, forwards either (the topology's {@code DeadLetterBranch} routes
 * failures) and times the enrichments that succeed. An article too large for the topic fails here,
 * with its raw record, rather than in the producer: there a dead letter would carry the record the
 * task read last, which for a story released by its last near-duplicate vote is that vote.
 */
final class EnrichProcessor
    implements FixedKeyProcessor<String, Cleaned, ProcessingResult<EnrichedRecord>> {
  private final ArticleEnricher enricher;
  private final PipelineMetrics metrics;
  private final Topic<String, EnrichedArticle> topic;
  private FixedKeyProcessorContext<String, ProcessingResult<EnrichedRecord>> context;

  EnrichProcessor(
      ArticleEnricher enricher, PipelineMetrics metrics, Topic<String, EnrichedArticle> topic) {
    this.enricher = enricher;
    this.metrics = metrics;
    this.topic = topic;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, ProcessingResult<EnrichedRecord>> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, Cleaned> record) {
    long start = System.nanoTime();
    ProcessingResult<EnrichedArticle> result = enricher.enrich(record.value());
    if (result instanceof ProcessingResult.Failure<EnrichedArticle> failure) {
      context.forward(record.withValue(failure.retyped()));
      return;
    }
    metrics.enrichTime(Duration.ofNanos(System.nanoTime() - start));
    EnrichedArticle article = ((ProcessingResult.Success<EnrichedArticle>) result).value();
    try {
      byte[] value = topic.valueSerde().serializer().serialize(topic.name(), article);
      context.forward(
          record.withValue(ProcessingResult.success(new EnrichedRecord(article, value))));
    } catch (SerializationException e) {
      context.forward(
          record.withValue(
              ProcessingResult.failure(
                  record.value().raw(),
                  DeadLetterHandlers.PRODUCTION,
                  e.getClass().getSimpleName() + ": " + e.getMessage())));
    }
  }
}
