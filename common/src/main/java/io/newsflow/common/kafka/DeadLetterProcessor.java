package io.newsflow.common.kafka;

import io.newsflow.common.metrics.PipelineMetrics;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * The failure side of {@link DeadLetterBranch}: each {@link ProcessingResult.Failure} leaves as its
 * original bytes with the dead-letter headers, and is counted; successes pass nothing on. The
 * headers are set here, not by the step that failed, because this node still sees the topic,
 * partition and offset the record was read from, and so every step gets them right for free.
 */
final class DeadLetterProcessor<V>
    implements FixedKeyProcessor<String, ProcessingResult<V>, byte[]> {
  private final PipelineMetrics metrics;
  private FixedKeyProcessorContext<String, byte[]> context;

  DeadLetterProcessor(PipelineMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, ProcessingResult<V>> record) {
    if (record.value() instanceof ProcessingResult.Failure<V> failure) {
      metrics.deadLetter(failure.stage(), DeadLetters.label(failure.reason()));
      context.forward(
          record
              .withValue(failure.original())
              .withHeaders(
                  DeadLetters.headers(
                      record.headers(),
                      failure.stage(),
                      failure.reason(),
                      DeadLetters.origin(record.headers(), context.recordMetadata()))));
    }
  }
}
