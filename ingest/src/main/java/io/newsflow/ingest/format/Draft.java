package io.newsflow.ingest.format;

import java.time.Instant;

/**
 * One item as a format reader found it, before validation and cleaning: raw headline and body (the
 * body as text or as HTML), and whatever metadata the format carries. Null means absent.
 *
 * @param original the item's own bytes, for the dead-letter topic if it is rejected
 */
record Draft(
    String id,
    String source,
    String url,
    String headline,
    String body,
    boolean bodyIsHtml,
    String language,
    Instant published,
    byte[] original) {

  static Draft of(String headline, String body, byte[] original) {
    return new Draft(null, null, null, headline, body, false, null, null, original);
  }
}
