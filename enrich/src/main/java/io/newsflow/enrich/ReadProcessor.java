package io.newsflow.enrich;

import io.newsflow.common.kafka.DeadLetters;
import io.newsflow.common.kafka.ProcessingResult;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Runs {@link ArticleEnricher#read} on each raw record and forwards its result (the topology's
 * {@code DeadLetterBranch} routes failures). A success leaves with origin headers naming where it
 * was first read, so a failure after a repartition is dead-lettered under that origin.
 */
final class ReadProcessor implements FixedKeyProcessor<String, byte[], ProcessingResult<Cleaned>> {
  private final ArticleEnricher enricher;
  private FixedKeyProcessorContext<String, ProcessingResult<Cleaned>> context;

  ReadProcessor(ArticleEnricher enricher) {
    this.enricher = enricher;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, ProcessingResult<Cleaned>> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, byte[]> record) {
    ProcessingResult<Cleaned> result = enricher.read(record.value());
    FixedKeyRecord<String, ProcessingResult<Cleaned>> out = record.withValue(result);
    if (result instanceof ProcessingResult.Success<Cleaned>) {
      out =
          out.withHeaders(
              DeadLetters.withOrigin(record.headers(), record.key(), context.recordMetadata()));
    }
    context.forward(out);
  }
}
