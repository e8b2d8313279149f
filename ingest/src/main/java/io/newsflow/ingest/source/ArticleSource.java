package io.newsflow.ingest.source;

import java.io.IOException;

/**
 * Somewhere articles come from: a file, a folder, stdin, a watched folder, a polled feed, HTTP
 * pushes. A finite source returns from {@link #run} when everything is delivered; an endless one
 * runs until {@link #close()} is called from another thread.
 */
public interface ArticleSource extends AutoCloseable {
  /** For logs and errors: the path, URL or port as the user gave it. */
  String description();

  /** Whether it runs until closed (watch, feed, HTTP) rather than ending when read. */
  boolean endless();

  /** Reads and delivers every item to {@code sink}, in order; returns when done or closed. */
  void run(ItemSink sink) throws IOException, InterruptedException;

  /** Stops an endless source; harmless on a finite one. */
  @Override
  default void close() {}
}
