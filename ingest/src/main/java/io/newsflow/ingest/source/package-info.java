/**
 * Where input comes from: files, folders, stdin, watched folders and HTTP pushes (feeds are in
 * {@code io.newsflow.ingest.feed}), each an {@link io.newsflow.ingest.source.ArticleSource}
 * delivering {@link io.newsflow.ingest.source.SourceItem}s (bytes and their origin) to an {@link
 * io.newsflow.ingest.source.ItemSink}. {@link io.newsflow.ingest.Sources#parse} turns a {@code
 * --from} argument into its source.
 */
package io.newsflow.ingest.source;
