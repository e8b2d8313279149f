package io.newsflow.ingest.format;

/**
 * Why input was rejected, as a small fixed set: the {@code reason} label of {@code
 * newsflow_articles_rejected_total} and {@code newsflow_dead_letters_total}. The detailed message
 * goes to the dead letter's header, never to a metric label.
 */
public enum RejectReason {
  /** Not parseable in the format it appears to be in (bad JSON, bad XML, not UTF-8). */
  UNREADABLE("unreadable"),
  /** Larger than the configured limit. */
  TOO_LARGE("too_large"),
  /** Readable, but with neither a headline nor a body. */
  EMPTY("empty"),
  /** Readable, but not a format newsflow knows (an XML root it does not read, say). */
  UNSUPPORTED_FORMAT("unsupported_format");

  private final String label;

  RejectReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
