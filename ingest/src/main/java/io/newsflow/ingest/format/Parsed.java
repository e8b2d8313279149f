package io.newsflow.ingest.format;

import io.newsflow.common.article.Article;

/** One item of the input: read as an article, or rejected with the reason. */
public sealed interface Parsed permits Parsed.Accepted, Parsed.Rejected {

  static Parsed accepted(Article article) {
    return new Accepted(article);
  }

  static Parsed rejected(RejectReason reason, String message, byte[] original) {
    return new Rejected(new Rejection(reason, message, original));
  }

  record Accepted(Article article) implements Parsed {}

  record Rejected(Rejection rejection) implements Parsed {}
}
