package io.newsflow.app.dlq;

/**
 * Reading or replaying dead letters could not finish, for a reason the user can act on (the message
 * says what to do); the command line prints it as its one line and exits 1.
 */
public class DeadLetterException extends RuntimeException {
  public DeadLetterException(String message) {
    super(message);
  }

  public DeadLetterException(String message, Throwable cause) {
    super(message, cause);
  }
}
