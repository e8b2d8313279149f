package io.newsflow.enrich.trend;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newsflow.common.http.Replies;
import io.newsflow.common.http.Route;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code GET /trends?window=5m|1h&top=N&at=INSTANT}: the top entities of the window that holds
 * {@code at} (default now), across all enrich instances. 400 names a wrong parameter; 503 says why
 * the counts cannot be told now (a rebalance, an instance that does not answer).
 */
public final class TrendsHandler implements HttpHandler {
  /** Null until the service exists: the route is served before, to learn the port it advertises. */
  private final AtomicReference<TrendQuery> query = new AtomicReference<>();

  private final Clock clock;

  public TrendsHandler(Clock clock) {
    this.clock = clock;
  }

  /** Answers from {@code query} from now on. */
  public void attach(TrendQuery query) {
    this.query.set(query);
  }

  public Route route() {
    return Route.get("/trends", this);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    TrendsRequest request;
    try {
      request = TrendsRequest.parse(exchange.getRequestURI().getRawQuery());
    } catch (IllegalArgumentException e) {
      Replies.error(exchange, 400, e.getMessage());
      return;
    }
    Instant at = request.at().orElseGet(clock::instant);
    TrendQuery attached = query.get();
    try {
      if (attached == null) {
        throw new TrendsUnavailable("enrich is starting");
      }
      Trends trends =
          request.partitions().isPresent()
              ? attached.local(request, at, request.partitions().get())
              : attached.everywhere(request, at, credentials(exchange));
      Replies.json(exchange, 200, trends);
    } catch (TrendsUnavailable e) {
      exchange.getResponseHeaders().set("Retry-After", "1");
      Replies.error(exchange, 503, e.getMessage());
    }
  }

  private static TrendPeers.Credentials credentials(HttpExchange exchange) {
    Map<String, String> headers = new HashMap<>();
    for (String name : new String[] {"Authorization", "Cookie"}) {
      String value = exchange.getRequestHeaders().getFirst(name);
      if (value != null) {
        headers.put(name, value);
      }
    }
    return new TrendPeers.Credentials(headers);
  }
}
