package io.newsflow.common.kafka;

import java.util.Arrays;
import java.util.Objects;

/**
 * What one processing step made of a record: a {@link Success} with its value, or a {@link Failure}
 * with the stage and the reason, bound for the dead-letter topic. Sealed, so a caller must say
 * which one it has: no flag to forget, no null value to mistake for a result. Failures carry the
 * original bytes so the dead letter is exactly what came in.
 */
public sealed interface ProcessingResult<V>
    permits ProcessingResult.Success, ProcessingResult.Failure {

  static <V> ProcessingResult<V> success(V value) {
    return new Success<>(value);
  }

  static <V> ProcessingResult<V> failure(byte[] original, String stage, String reason) {
    return new Failure<>(original, stage, reason);
  }

  /** The step did its work; {@code value} goes on down the topology. */
  record Success<V>(V value) implements ProcessingResult<V> {}

  /**
   * The step failed at {@code stage} for {@code reason}. {@code original} is the record's value as
   * it was read, null when the record had none (a tombstone is dead-lettered, not dropped).
   */
  record Failure<V>(byte[] original, String stage, String reason) implements ProcessingResult<V> {
    public Failure {
      // a dead letter without a stage or a reason could not be counted, found or replayed
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(reason, "reason");
    }

    /** The same failure as the result of a step with another value type: it carries no value. */
    public <W> Failure<W> retyped() {
      return new Failure<>(original, stage, reason);
    }

    // a record compares arrays by identity; two failures of the same bytes are the same failure
    @Override
    public boolean equals(Object other) {
      return other instanceof Failure<?> that
          && Arrays.equals(original, that.original)
          && stage.equals(that.stage)
          && reason.equals(that.reason);
    }

    @Override
    public int hashCode() {
      return Objects.hash(Arrays.hashCode(original), stage, reason);
    }

    @Override
    public String toString() {
      return "Failure[stage="
          + stage
          + ", reason="
          + reason
          + ", original="
          + (original == null ? "none" : original.length + " bytes")
          + "]";
    }
  }
}
