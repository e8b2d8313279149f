package io.newsflow.ingest.feed;

import io.newsflow.ingest.format.ReadLimits;
import io.newsflow.ingest.source.Inputs;
import io.newsflow.ingest.source.SourceItem;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Optional;

/**
 * One conditional GET of a feed. Every wait is bounded: connecting, and each read of the answer, by
 * the timeout, so a server that accepts and never answers costs one fetch that long, no more.
 * Redirects are followed (at most five, never from https down to http).
 */
final class FeedFetcher {
  private static final int MAX_REDIRECTS = 5;

  private final Duration timeout;
  private final ReadLimits limits;

  FeedFetcher(Duration timeout, ReadLimits limits) {
    this.timeout = timeout;
    this.limits = limits;
  }

  /** A new document, with its validators for the next conditional request. */
  record Document(SourceItem item, String etag, String lastModified) {}

  /**
   * The feed's document, or empty when the server says it has not changed since {@code state}.
   *
   * @throws IOException when the feed cannot be fetched: no answer in time, an error status
   */
  Optional<Document> fetch(URI feed, FeedState state) throws IOException {
    URI url = feed;
    for (int redirects = 0; ; redirects++) {
      HttpURLConnection connection = open(url, state);
      try {
        int status = connection.getResponseCode();
        if (status == HttpURLConnection.HTTP_NOT_MODIFIED) {
          return Optional.empty();
        }
        if (status == HttpURLConnection.HTTP_OK) {
          try (InputStream body = connection.getInputStream()) {
            SourceItem item = Inputs.stream(body, feed.toString(), url.toString(), limits);
            return Optional.of(
                new Document(
                    item,
                    connection.getHeaderField("ETag"),
                    connection.getHeaderField("Last-Modified")));
          }
        }
        String location = connection.getHeaderField("Location");
        if (status / 100 != 3 || location == null || redirects == MAX_REDIRECTS) {
          throw new IOException("answered " + status + " " + connection.getResponseMessage());
        }
        URI next = url.resolve(location);
        boolean downgrade = "https".equals(url.getScheme()) && !"https".equals(next.getScheme());
        if (downgrade || !("http".equals(next.getScheme()) || "https".equals(next.getScheme()))) {
          throw new IOException("redirected to " + next + ", not followed");
        }
        url = next;
      } finally {
        connection.disconnect();
      }
    }
  }

  private HttpURLConnection open(URI url, FeedState state) throws IOException {
    URL address = url.toURL();
    HttpURLConnection connection = (HttpURLConnection) address.openConnection();
    connection.setConnectTimeout((int) timeout.toMillis());
    connection.setReadTimeout((int) timeout.toMillis());
    connection.setInstanceFollowRedirects(false);
    connection.setUseCaches(false);
    connection.setRequestProperty(
        "Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
    connection.setRequestProperty("User-Agent", "newsflow-ingest");
    if (state.etag() != null) {
      connection.setRequestProperty("If-None-Match", state.etag());
    }
    if (state.lastModified() != null) {
      connection.setRequestProperty("If-Modified-Since", state.lastModified());
    }
    return connection;
  }
}
