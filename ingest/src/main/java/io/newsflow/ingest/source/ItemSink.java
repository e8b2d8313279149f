package io.newsflow.ingest.source;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/** Where a source delivers what it reads; the receipt says what became of it. */
@FunctionalInterface
public interface ItemSink {
  Receipt accept(SourceItem item);

  /**
   * For a source that remembers what it sent (a feed): sends only the parts of {@code item} whose
   * keys {@code alreadySent} does not hold, and completes with the keys of all its parts once Kafka
   * has acknowledged what was sent, so that the source writes them down only then. Only a sink that
   * reads articles can tell parts apart; others (a test's list) cannot do this.
   */
  default CompletableFuture<List<String>> acceptNew(
      SourceItem item, Predicate<String> alreadySent) {
    return CompletableFuture.failedFuture(
        new UnsupportedOperationException("this sink does not read articles"));
  }
}
