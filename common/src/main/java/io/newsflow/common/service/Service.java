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
}
