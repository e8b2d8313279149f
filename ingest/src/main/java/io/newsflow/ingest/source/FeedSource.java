package io.newsflow.ingest.source;

import io.newsflow.ingest.format.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An RSS or Atom feed polled over http(s) until closed. Conditional requests (ETag, Last-Modified)
 * keep an unchanged feed from being read again; a failed fetch is logged and tried at the next poll
 * (it is not an article, so it is no dead letter). Articles that reappear unchanged in later
 * fetches are the ingestor's to skip.
 */
public final class FeedSource implements ArticleSource {
  private static final Logger LOG = LoggerFactory.getLogger(FeedSource.class);

  private final URI url;
  private final Duration pollInterval;
  private final ReadLimits limits;
  private final HttpClient client;
  private final CountDownLatch stop = new CountDownLatch(1);

  public FeedSource(URI url, Duration pollInterval, ReadLimits limits, HttpClient client) {
    this.url = url;
    this.pollInterval = pollInterval;
    this.limits = limits;
    this.client = client;
  }

  public FeedSource(URI url, Duration pollInterval, ReadLimits limits) {
    this(
        url,
        pollInterval,
        limits,
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build());
  }

  @Override
  public String description() {
    return url.toString();
  }

  @Override
  public boolean endless() {
    return true;
  }

  @Override
  public void run(ItemSink sink) throws InterruptedException {
    String etag = null;
    String lastModified = null;
    while (stop.getCount() > 0) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(url)
              .timeout(Duration.ofSeconds(30))
              .header(
                  "Accept",
                  "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
      if (etag != null) {
        request.header("If-None-Match", etag);
      }
      if (lastModified != null) {
        request.header("If-Modified-Since", lastModified);
      }
      try {
        HttpResponse<InputStream> response =
            client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
          if (response.statusCode() == 200) {
            etag = response.headers().firstValue("ETag").orElse(null);
            lastModified = response.headers().firstValue("Last-Modified").orElse(null);
            sink.accept(Inputs.stream(body, url.toString(), url.toString(), limits));
          } else if (response.statusCode() != 304) {
            LOG.warn(
                "{} answered {}; trying again in {}", url, response.statusCode(), pollInterval);
          }
        }
      } catch (IOException e) {
        LOG.warn("cannot fetch {}: {}; trying again in {}", url, e.getMessage(), pollInterval);
      }
      stop.await(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public void close() {
    stop.countDown();
  }
}
