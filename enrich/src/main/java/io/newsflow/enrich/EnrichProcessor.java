package io.newsflow.enrich;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.kafka.ProcessingResult;
import io.newsflow.common.metrics.PipelineMetrics;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Runs {@link ArticleEnricher#enrich(Cleaned)} on each cleaned article, forwards its result as it
 * is (the topology's {@code DeadLetterBranch} routes failures) and times the enrichments that
 * succeed.
 */
final class EnrichProcessor
    implements FixedKeyProcessor<String, Cleaned, ProcessingResult<EnrichedArticle>> {
  private final ArticleEnricher enricher;
  private final PipelineMetrics metrics;
  private FixedKeyProcessorContext<String, ProcessingResult<EnrichedArticle>> context;

  EnrichProcessor(ArticleEnricher enricher, PipelineMetrics metrics) {
    this.enricher = enricher;
    this.metrics = metrics;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, ProcessingResult<EnrichedArticle>> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, Cleaned> record) {
    long start = System.nanoTime();
    ProcessingResult<EnrichedArticle> result = enricher.enrich(record.value());
    if (result instanceof ProcessingResult.Success<EnrichedArticle>) {
      metrics.enrichTime(Duration.ofNanos(System.nanoTime() - start));
    }
    context.forward(record.withValue(result));
  }
}
