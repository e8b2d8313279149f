package io.newsflow.ingest.format;

import java.util.Objects;

/**
 * Input that could not be read as an article: the reason (a fixed label), the precise message
 * ("json: unexpected end of input at line 3, column 1") and the original bytes, which go to the
 * dead-letter topic unchanged so a fixed pipeline can replay them.
 */
public record Rejection(RejectReason reason, String message, byte[] original) {
  public Rejection {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    original = original == null ? new byte[0] : original;
  }

  @Override
  public String toString() {
    return reason.label() + ": " + message;
  }
}
