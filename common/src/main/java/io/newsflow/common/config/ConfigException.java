package io.newsflow.common.config;

/** A setting that cannot be used; the message says which and what to do. */
public class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
