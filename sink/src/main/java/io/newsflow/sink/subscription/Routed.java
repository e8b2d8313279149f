package io.newsflow.sink.subscription;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.RecordContext;
import org.apache.kafka.streams.processor.TopicNameExtractor;

/** An article bound for a subscription's topic: the topic travels with it to the sink node. */
record Routed(String topic, byte[] payload) {

  /** Where the sink node writes it. */
  static final TopicNameExtractor<String, Routed> TOPIC =
      (String key, Routed value, RecordContext context) -> value.topic();

  /** What the sink node writes: the payload alone. Never read back, so it has no reader. */
  static final Serde<Routed> SERDE =
      Serdes.serdeFrom(
          (String topic, Routed routed) -> routed == null ? null : routed.payload(),
          (String topic, byte[] bytes) -> {
            throw new UnsupportedOperationException("routed articles are only written");
          });
}
