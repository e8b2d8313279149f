package io.newsflow.ingest.format;

import io.newsflow.common.article.Article;
import java.util.List;

/**
 * What one input (a file, a request body, a feed fetch) held: its format, if it was recognized, and
 * every item in input order, each accepted or rejected. A feed can hold both.
 */
public record ReadResult(Format format, List<Parsed> items) {
  public ReadResult {
    items = List.copyOf(items);
  }

  static ReadResult rejected(Format format, RejectReason reason, String message, byte[] original) {
    return new ReadResult(format, List.of(Parsed.rejected(reason, message, original)));
  }

  public List<Article> articles() {
    return items.stream()
        .filter(Parsed.Accepted.class::isInstance)
        .map(item -> ((Parsed.Accepted) item).article())
        .toList();
  }

  public List<Rejection> rejections() {
    return items.stream()
        .filter(Parsed.Rejected.class::isInstance)
        .map(item -> ((Parsed.Rejected) item).rejection())
        .toList();
  }
}
