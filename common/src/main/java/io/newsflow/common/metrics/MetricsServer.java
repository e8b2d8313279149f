package io.newsflow.common.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.common.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * A small HTTP endpoint on the JDK's own server: {@code GET /metrics} in Prometheus text format and
 * {@code GET /health} (200 when ready, 503 when not, a JSON body saying why). More paths can be
 * mounted, which is how the demo serves its dashboard from the same port.
 */
public final class MetricsServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;

  private MetricsServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts serving on {@code host:port}; port 0 picks a free one. */
  public static MetricsServer start(
      String host, int port, PrometheusMeterRegistry registry, Supplier<Health> health) {
    return start(host, port, registry, health, Map.of());
  }

  public static MetricsServer start(
      String host,
      int port,
      PrometheusMeterRegistry registry,
      Supplier<Health> health,
      Map<String, HttpHandler> more) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(host, port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot serve metrics on "
              + host
              + ":"
              + port
              + " ("
              + e.getMessage()
              + "); choose another port with --metrics-port",
          e);
    }
    server.createContext("/metrics", exchange -> metrics(exchange, registry));
    server.createContext("/health", exchange -> health(exchange, health.get()));
    more.forEach(server::createContext);
    ExecutorService executor =
        Executors.newFixedThreadPool(
            2,
            runnable -> {
              Thread thread = new Thread(runnable, "newsflow-http");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.start();
    return new MetricsServer(server, executor);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void metrics(HttpExchange exchange, PrometheusMeterRegistry registry)
      throws IOException {
    if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
      send(exchange, 405, "text/plain; charset=utf-8", "use GET\n");
      return;
    }
    send(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape());
  }

  private static void health(HttpExchange exchange, Health health) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ready", health.ready());
    body.put("status", health.status());
    if (!health.details().isEmpty()) {
      body.put("details", health.details());
    }
    send(exchange, health.ready() ? 200 : 503, "application/json", Json.line(body) + "\n");
  }

  public static void send(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      if (!head) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
