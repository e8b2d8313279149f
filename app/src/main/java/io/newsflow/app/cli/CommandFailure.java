package io.newsflow.app.cli;

/**
 * A command failed for a reason the user can act on. The command line prints the message as the one
 * line on stderr and exits 1, so it should say what went wrong and what to do.
 */
public class CommandFailure extends RuntimeException {
  public CommandFailure(String message) {
    super(message);
  }

  public CommandFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
