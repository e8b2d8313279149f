/**
 * Reading articles from bytes: {@link io.newsflow.ingest.format.ArticleReader} recognizes the
 * format by content (plain text, JSON and JSON lines, IPTC ninjs 1.x to 3.x, NewsML 1.2, NewsML-G2,
 * NITF, RSS 2.0, Atom, HTML pages), reduces markup to paragraphs, cleans the text with {@link
 * io.newsflow.common.text.ArticleCleaner} and returns every item as an article or a {@link
 * io.newsflow.ingest.format.Rejection} with a fixed reason and a precise message.
 */
package io.newsflow.ingest.format;
