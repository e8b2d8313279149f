package io.newsflow.ingest.format;

import java.util.List;

/** Plain text: the first non-empty line is the headline, the rest is the body. */
final class PlainTextFormat {
  private final ArticleFactory factory;

  PlainTextFormat(ArticleFactory factory) {
    this.factory = factory;
  }

  ReadResult read(String text, byte[] bytes, String sourceName) {
    String trimmed = text.stripLeading();
    int newline = trimmed.indexOf('\n');
    String headline = newline < 0 ? trimmed : trimmed.substring(0, newline);
    String body = newline < 0 ? "" : trimmed.substring(newline + 1);
    return new ReadResult(
        Format.PLAIN_TEXT,
        List.of(factory.create(Format.PLAIN_TEXT, Draft.of(headline, body, bytes), sourceName)));
  }
}
