package io.newsflow.app.kafka;

/** Kafka could not be reached or refused newsflow; the message says what to do about it. */
public class KafkaUnavailableException extends RuntimeException {
  public KafkaUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
