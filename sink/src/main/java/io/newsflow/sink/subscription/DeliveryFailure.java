package io.newsflow.sink.subscription;

/**
 * An article a target did not take. {@link #label()} is the short reason counted in metrics ({@code
 * http_status}, {@code timeout}, {@code connection}, {@code io}); the message says more.
 */
final class DeliveryFailure extends Exception {
  private final String label;
  private final boolean retriable;

  DeliveryFailure(String label, String message) {
    this(label, message, false);
  }

  DeliveryFailure(String label, String message, boolean retriable) {
    super(message);
    this.label = label;
    this.retriable = retriable;
  }

  /** Whether another try may succeed (a busy or restarting server), or this answer is final. */
  boolean retriable() {
    return retriable;
  }

  String label() {
    return label;
  }
}
