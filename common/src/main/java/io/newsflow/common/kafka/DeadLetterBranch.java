package io.newsflow.common.kafka;

import io.newsflow.common.metrics.PipelineMetrics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The dead-letter end of a topology: failed results leave as the original bytes, under the key
 * they came with and with the headers their processor set, counted by stage and reason.
 */
public final class DeadLetterBranch {
  private DeadLetterBranch() {}

  public static <V> void to(KStream<String, ProcessingResult<V>> failures, String topic, PipelineMetrics metrics) {
    failures
        .peek((key, failure) -> metrics.deadLetter(failure.stage(), DeadLetters.label(failure.reason())),
            Named.as("count-dead-letters"))
        .mapValues(ProcessingResult::original, Named.as("original-bytes"))
        .to(topic, Produced.with(Serdes.String(), Serdes.ByteArray()).withName("write-dead-letters"));
  }
}
