package io.newsflow.sink.subscription;

import java.net.URI;
import java.nio.file.Path;

/** Where a subscription's articles go: a Kafka topic, a file of JSON lines, or a webhook. */
public sealed interface Target {

  /** Written exactly once, in the sink's own transaction. */
  record Topic(String name) implements Target {}

  /** JSON lines, rotated by size; at least once. */
  record File(Path path) implements Target {}

  /** One POST per article; at least once. */
  record Webhook(URI uri) implements Target {}
}
