package io.newsflow.ingest.source;

import com.sun.net.httpserver.HttpExchange;
import io.newsflow.common.http.HttpEndpoint;
import io.newsflow.common.http.HttpSettings;
import io.newsflow.common.http.Replies;
import io.newsflow.common.http.Route;
import io.newsflow.ingest.format.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Accepts articles pushed over HTTP ({@code http:PORT}): {@code POST} any path with an article in
 * any format as the body. Answers {@code 202} with the ids of the articles taken (and any parts
 * rejected), {@code 400} with the reasons when nothing in the body was an article, {@code 405} for
 * other methods, {@code 413} for a body over {@link #maxBodyBytes} (not read, so not dead-lettered:
 * the sender still has it), and {@code 401} and {@code 429} as {@link HttpSettings} says. Runs
 * until closed.
 */
public final class HttpPushSource implements ArticleSource {
  /** Seconds a push in flight gets to finish when the source is closed. */
  private static final int GRACE_SECONDS = 1;

  private static final long MAX_BODY_BYTES = 8L * 1_048_576;

  private final String host;
  private final int port;
  private final HttpSettings http;
  private final ReadLimits limits;
  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch stop = new CountDownLatch(1);
  private volatile HttpEndpoint endpoint;

  public HttpPushSource(String host, int port, HttpSettings http, ReadLimits limits) {
    this.host = host;
    this.port = port;
    this.http = http;
    this.limits = limits;
  }

  @Override
  public String description() {
    return "http:" + port;
  }

  @Override
  public boolean endless() {
    return true;
  }

  /**
   * The port it listens on (useful when started on port 0); waits until it listens.
   *
   * @throws IllegalStateException if it could not listen (the port is taken)
   */
  public int port() throws InterruptedException {
    started.await();
    HttpEndpoint listening = endpoint;
    if (listening == null) {
      throw new IllegalStateException("not listening on " + host + ":" + port);
    }
    return listening.port();
  }

  @Override
  public void run(ItemSink sink) throws IOException, InterruptedException {
    Route push = Route.post("/", exchange -> handle(exchange, sink), maxBodyBytes(limits));
    HttpEndpoint listening;
    try {
      listening = HttpEndpoint.start(host, port, http, List.of(push));
    } catch (IOException e) {
      started.countDown(); // port() must not wait for a server that will never listen
      throw new IOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    endpoint = listening;
    started.countDown();
    try {
      stop.await();
    } finally {
      listening.close(GRACE_SECONDS);
    }
  }

  /**
   * The body is held in memory while it is read, so a push is bounded well below the input limit of
   * a file: {@value #MAX_BODY_BYTES} bytes, enough for a feed or a batch of JSON lines, or the
   * article limit if that is larger. A single article over the article limit but within this bound
   * is still read and dead-lettered as too large, as from any other source.
   */
  static long maxBodyBytes(ReadLimits limits) {
    return Math.min(limits.maxInputBytes(), Math.max(limits.maxItemBytes(), MAX_BODY_BYTES));
  }

  private void handle(HttpExchange exchange, ItemSink sink) throws IOException {
    SourceItem item;
    try (InputStream body = exchange.getRequestBody()) {
      String client = String.valueOf(exchange.getRemoteAddress());
      item = Inputs.stream(body, description(), description() + " from " + client, limits);
    }
    Receipt receipt = sink.accept(item);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("ids", receipt.ids());
    answer.put("rejected", receipt.rejections());
    Replies.json(exchange, receipt.ids().isEmpty() ? 400 : 202, answer);
  }

  @Override
  public void close() {
    stop.countDown();
  }
}
