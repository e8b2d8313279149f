package io.newsflow.ingest.source;

/** Where a source delivers what it reads; the receipt says what became of it. */
@FunctionalInterface
public interface ItemSink {
  Receipt accept(SourceItem item);
}
