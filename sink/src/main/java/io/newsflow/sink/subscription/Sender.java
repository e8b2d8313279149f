package io.newsflow.sink.subscription;

/** Hands one article to a file or webhook target, retrying as that target needs. */
interface Sender extends AutoCloseable {
  void send(Delivery delivery) throws DeliveryFailure, InterruptedException;

  @Override
  default void close() {}
}
