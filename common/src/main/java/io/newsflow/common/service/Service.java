package io.newsflow.common.service;

import io.newsflow.common.metrics.Health;

/**
 * A long-running part of the pipeline (enrich, sink, a watched source). Built by its constructor,
 * run by {@link #start()}, stopped by {@link #close()}; a test can build and run two in one JVM.
 */
public interface Service extends AutoCloseable {
  String name();

  void start();

  Health health();

  @Override
  void close();

  /**
   * Stops, giving up on a clean stop after about {@code timeout}: what a host calls when it must
   * stop within a bound whatever the cluster does. Returns false when it gave up, leaving what
   * {@link #abandonedOnTimeout()} says. By default the same as {@link #close()}.
   */
  default boolean close(java.time.Duration timeout) {
    close();
    return true;
  }

  /** What a stop cut short at its deadline leaves undone, for the one line that says so. */
  default String abandonedOnTimeout() {
    return "its work in progress";
  }
}
