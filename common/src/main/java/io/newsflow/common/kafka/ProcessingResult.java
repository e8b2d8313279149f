package io.newsflow.common.kafka;

/**
 * What one processing step made of a record: a value for the success branch, or the stage and the
 * reason it failed, for the dead-letter branch. Failures carry the original bytes so the dead
 * letter is exactly what came in.
 */
public record ProcessingResult<V>(V value, byte[] original, String stage, String reason) {

  public static <V> ProcessingResult<V> success(V value) {
    return new ProcessingResult<>(value, null, null, null);
  }

  public static <V> ProcessingResult<V> failure(byte[] original, String stage, String reason) {
    return new ProcessingResult<>(null, original, stage, reason);
  }

  public boolean succeeded() {
    return stage == null;
  }
}
