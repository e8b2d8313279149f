package io.newsflow.enrich.dedup;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Marks a story read again after {@link NearDuplicateVerdict} {@code duplicateOf} the near-copy its
 * header names, and takes the header off so it goes no further.
 */
public final class NearDuplicateMark<S extends Story<S>>
    implements FixedKeyProcessor<String, S, S> {
  public static final String HEADER = "newsflow.near-duplicate-of";

  private FixedKeyProcessorContext<String, S> context;

  @Override
  public void init(FixedKeyProcessorContext<String, S> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, S> record) {
    Header first = record.headers().lastHeader(HEADER);
    if (first == null) {
      context.forward(record);
      return;
    }
    record.headers().remove(HEADER);
    context.forward(
        record.withValue(
            record.value().asDuplicateOf(new String(first.value(), StandardCharsets.UTF_8))));
  }
}
