package io.newsflow.common.kafka;

import io.newsflow.common.metrics.PipelineMetrics;
import java.util.Collections;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The dead-letter seam of a topology, as one call: a stream of {@link ProcessingResult}s goes in,
 * the successes' values come out, and the failures leave for the dead-letter topic as the original
 * bytes, under the key they came with, with the dead-letter headers, counted by stage and reason.
 *
 * <p>Keys are strings: every newsflow topic is keyed by an article or entity id, read and written
 * as UTF-8, so the dead letter's key is the key as received.
 */
public final class DeadLetterBranch {
  private DeadLetterBranch() {}

  /**
   * Splits {@code results} in two. The nodes it adds are named after {@code name}, so that two
   * seams can live in one topology: {@code NAME-succeeded} (the values of the successes), {@code
   * NAME-failed} (failures made dead letters) and {@code NAME-dead-letters} (the write to {@code
   * deadLetterTopic}). None holds state or makes an internal topic, so renaming them is safe for a
   * running application; renaming a node after them is not, if that node holds state.
   */
  public static <V> KStream<String, V> split(
      KStream<String, ProcessingResult<V>> results,
      String deadLetterTopic,
      PipelineMetrics metrics,
      String name) {
    results
        .processValues(() -> new DeadLetterProcessor<V>(metrics), Named.as(name + "-failed"))
        .to(
            deadLetterTopic,
            Produced.with(Serdes.String(), Serdes.ByteArray()).withName(name + "-dead-letters"));
    return results.flatMapValues(DeadLetterBranch::valueOfSuccess, Named.as(name + "-succeeded"));
  }

  // one value for a success, none for a failure: the failure took the other branch
  private static <V> List<V> valueOfSuccess(ProcessingResult<V> result) {
    if (result == null) {
      // a step that forwards no result has a bug; throwing hands the record to the processing
      // exception handler, which dead-letters it, where skipping it would lose it without a trace
      throw new IllegalStateException("the processing step forwarded no result");
    }
    return result instanceof ProcessingResult.Success<V> success
        ? Collections.singletonList(success.value())
        : List.of();
  }
}
