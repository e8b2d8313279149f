package io.newsflow.common.metrics;

import com.sun.net.httpserver.HttpExchange;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.common.http.AccessGuard;
import io.newsflow.common.http.HttpEndpoint;
import io.newsflow.common.http.HttpSettings;
import io.newsflow.common.http.Replies;
import io.newsflow.common.http.Route;
import io.newsflow.common.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A small HTTP endpoint on the JDK's own server: {@code GET /metrics} in Prometheus text format and
 * {@code GET /health} (200 when ready, 503 when not, a JSON body saying why). More routes can be
 * mounted, which is how the demo serves its dashboard from the same port.
 *
 * <p>With a token configured, {@code /health} still answers without it, since load balancers and
 * Kubernetes probes cannot send one; but then it says only ready or not, and why only to a caller
 * with the token, as the details name services, topics and brokers.
 */
public final class MetricsServer implements AutoCloseable {
  private final HttpEndpoint endpoint;

  private MetricsServer(HttpEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  /** Starts serving on {@code host:port} with no token; port 0 picks a free one. */
  public static MetricsServer start(
      String host, int port, PrometheusMeterRegistry registry, Supplier<Health> health) {
    return start(
        host,
        port,
        HttpSettings.open(HttpSettings.DEFAULT_MAX_CONCURRENT),
        registry,
        health,
        List.of());
  }

  public static MetricsServer start(
      String host,
      int port,
      HttpSettings http,
      PrometheusMeterRegistry registry,
      Supplier<Health> health,
      List<Route> more) {
    List<Route> routes = new ArrayList<>(more);
    routes.add(Route.get("/metrics", exchange -> metrics(exchange, registry)));
    routes.add(Route.get("/health", exchange -> health(exchange, health.get())).openToAll());
    try {
      return new MetricsServer(HttpEndpoint.start(host, port, http, routes));
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
  }

  public int port() {
    return endpoint.port();
  }

  private static void metrics(HttpExchange exchange, PrometheusMeterRegistry registry)
      throws IOException {
    Replies.send(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape());
  }

  private static void health(HttpExchange exchange, Health health) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ready", health.ready());
    if (AccessGuard.authenticated(exchange)) {
      body.put("status", health.status());
      if (!health.details().isEmpty()) {
        body.put("details", health.details());
      }
    } else {
      body.put("status", health.ready() ? "ready" : "not ready");
    }
    Replies.send(exchange, health.ready() ? 200 : 503, "application/json", Json.line(body) + "\n");
  }

  @Override
  public void close() {
    endpoint.close();
  }
}
