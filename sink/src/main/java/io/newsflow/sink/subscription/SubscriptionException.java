package io.newsflow.sink.subscription;

import io.newsflow.common.config.ConfigException;

/** A subscriptions file that cannot be used; the message says where and what to fix. */
public final class SubscriptionException extends ConfigException {
  public SubscriptionException(String message) {
    super(message);
  }
}
