package io.newsflow.common.article;

import java.time.Instant;

/**
 * A normalized article as ingest writes it to the raw topic: whatever the input format, the same
 * fields. {@code headline} and {@code body} are plain text, already reduced from any HTML.
 *
 * @param id stable id: the source's own, else a hash of the content ({@link ArticleIds})
 * @param source where it came from: a feed, a file name, "stdin", an agency
 * @param url the canonical link, if any
 * @param headline the headline, may be empty when the body is not
 * @param body the body text, may be empty when the headline is not
 * @param language the language the source declared (BCP 47), or null
 * @param published when the source says it was published, or null
 * @param received when ingest read it; the start of the end-to-end latency
 */
public record Article(
    String id,
    String source,
    String url,
    String headline,
    String body,
    String language,
    Instant published,
    Instant received) {

  public Article withId(String newId) {
    return new Article(newId, source, url, headline, body, language, published, received);
  }
}
