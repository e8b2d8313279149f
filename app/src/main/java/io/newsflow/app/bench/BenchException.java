package io.newsflow.app.bench;

/** A bench that could not measure what it was asked to: the message says why and what to do. */
public final class BenchException extends RuntimeException {
  public BenchException(String message) {
    super(message);
  }

  public BenchException(String message, Throwable cause) {
    super(message, cause);
  }
}
