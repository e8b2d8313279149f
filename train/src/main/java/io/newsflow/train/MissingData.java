package io.newsflow.train;

/** An input file is not where it should be; the message says which and how to point at it. */
public final class MissingData extends RuntimeException {
  public MissingData(String message) {
    super(message);
  }
}
