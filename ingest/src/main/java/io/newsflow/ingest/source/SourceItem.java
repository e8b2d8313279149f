package io.newsflow.ingest.source;

import java.util.Objects;

/**
 * One input as a source read it: its bytes and where they came from.
 *
 * @param name short name, the articles' source unless they name their own: a file name, "stdin", a
 *     feed URL, "http:8081"
 * @param origin full location for logs and dead-letter headers: a path, a URL, a client address
 * @param bytes what was read: all of it, or only the first part of an input over the limit
 * @param size the input's full size in bytes; more than {@code bytes.length} when truncated
 */
public record SourceItem(String name, String origin, byte[] bytes, long size) {
  public SourceItem {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(bytes, "bytes");
  }

  public SourceItem(String name, String origin, byte[] bytes) {
    this(name, origin, bytes, bytes.length);
  }

  public boolean truncated() {
    return size > bytes.length;
  }
}
