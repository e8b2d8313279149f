package io.newsflow.enrich.dedup;

import io.newsflow.common.kafka.DeadLetters;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Names one read of a raw record by where it was read (partition and offset of the raw topic, from
 * the origin headers every read article carries), so that a story's band votes and the story
 * itself, which travel apart, are matched up again; two sends of one article are two requests.
 */
final class Requests {
  private Requests() {}

  static String of(Headers headers, Optional<RecordMetadata> current) {
    RecordMetadata origin =
        DeadLetters.origin(headers, current)
            .orElseThrow(() -> new IllegalStateException("a read article without an origin"));
    return origin.topic() + "/" + origin.partition() + "/" + origin.offset();
  }
}
