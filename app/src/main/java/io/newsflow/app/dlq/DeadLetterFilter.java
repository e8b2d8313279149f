package io.newsflow.app.dlq;

import java.time.Instant;
import java.util.Optional;

/**
 * Which dead letters a command means: of a stage (any case), with a reason (see {@link
 * DeadLetter#hasReason}), dead-lettered at or after an instant. Absent parts match every letter.
 */
public record DeadLetterFilter(
    Optional<String> stage, Optional<String> reason, Optional<Instant> since) {
  public static final DeadLetterFilter ALL =
      new DeadLetterFilter(Optional.empty(), Optional.empty(), Optional.empty());

  public boolean matches(DeadLetter letter) {
    return stage.map(s -> s.strip().equalsIgnoreCase(letter.stage())).orElse(true)
        && reason.map(letter::hasReason).orElse(true)
        && since.map(t -> !letter.timestamp().isBefore(t)).orElse(true);
  }
}
