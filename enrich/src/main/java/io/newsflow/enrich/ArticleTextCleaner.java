package io.newsflow.enrich;

/** Placeholder until the shared cleaner lands: nulls become empty, ends are trimmed. */
final class ArticleTextCleaner {
  String clean(String text) {
    return text == null ? "" : text.strip();
  }
}
