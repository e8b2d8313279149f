package io.newsflow.ingest.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.common.json.Json;
import io.newsflow.ingest.format.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Accepts articles pushed over HTTP ({@code http:PORT}): {@code POST} any path with an article in
 * any format as the body. Answers {@code 202} with the ids of the articles taken (and any parts
 * rejected), {@code 400} with the reasons when nothing in the body was an article, {@code 405} for
 * other methods. Runs until closed.
 */
public final class HttpPushSource implements ArticleSource {
  private final String host;
  private final int port;
  private final ReadLimits limits;
  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch stop = new CountDownLatch(1);
  private volatile HttpServer server;

  public HttpPushSource(String host, int port, ReadLimits limits) {
    this.host = host;
    this.port = port;
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
    HttpServer listening = server;
    if (listening == null) {
      throw new IllegalStateException("not listening on " + host + ":" + port);
    }
    return listening.getAddress().getPort();
  }

  @Override
  public void run(ItemSink sink) throws IOException, InterruptedException {
    HttpServer http;
    try {
      http = HttpServer.create(new InetSocketAddress(host, port), 0);
    } catch (IOException e) {
      started.countDown(); // port() must not wait for a server that will never listen
      throw new IOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    ExecutorService workers = Executors.newFixedThreadPool(2);
    http.setExecutor(workers);
    http.createContext("/", exchange -> handle(exchange, sink));
    http.start();
    server = http;
    started.countDown();
    try {
      stop.await();
    } finally {
      http.stop(1);
      workers.shutdown();
      workers.awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  private void handle(HttpExchange exchange, ItemSink sink) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.getResponseHeaders().add("Allow", "POST");
        send(exchange, 405, Map.of("error", "POST an article to this address"));
        return;
      }
      SourceItem item;
      try (InputStream body = exchange.getRequestBody()) {
        String client = String.valueOf(exchange.getRemoteAddress());
        item = Inputs.stream(body, description(), description() + " from " + client, limits);
      }
      Receipt receipt = sink.accept(item);
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("ids", receipt.ids());
      answer.put("rejected", receipt.rejections());
      send(exchange, receipt.ids().isEmpty() ? 400 : 202, answer);
    }
  }

  private static void send(HttpExchange exchange, int status, Object body) throws IOException {
    byte[] bytes = Json.line(body).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    stop.countDown();
  }
}
