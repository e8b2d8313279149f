package io.newsflow.common.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What stands before every handler: the token (401), the method (405), the body size (413), the
 * number of requests in flight or, for a streaming route, of its streams open (429), and a failing
 * handler (500 with a short JSON body; the stack trace goes to the log only).
 *
 * <p>Browsers cannot add a header to the page they load, so {@code GET /any/path?token=T} answers
 * with a session cookie derived from the token and a redirect to the same path without it: the
 * token is in the address bar (and any proxy's log) for one request, not for every refresh. The
 * cookie is taken for {@code GET} and {@code HEAD} only: cookies ignore ports, and a page served
 * from another port of the same host must not push articles with it.
 */
public final class AccessGuard implements HttpHandler {
  static final String SESSION_COOKIE = "newsflow_session";
  private static final String AUTHENTICATED = "newsflow.http.authenticated";
  private static final String QUERY_TOKEN = "token";
  private static final Logger log = LoggerFactory.getLogger(AccessGuard.class);

  private final Route route;
  private final Optional<BearerToken> token;
  private final Semaphore inFlight;

  AccessGuard(Route route, Optional<BearerToken> token, Semaphore inFlight) {
    this.route = route;
    this.token = token;
    this.inFlight = inFlight;
  }

  /**
   * Whether the caller proved it holds the token (always, when none is configured): for an open
   * route to decide what it shows.
   */
  public static boolean authenticated(HttpExchange exchange) {
    return Boolean.TRUE.equals(exchange.getAttribute(AUTHENTICATED));
  }

  @Override
  public void handle(HttpExchange exchange) {
    try (exchange) {
      try {
        guard(exchange);
      } catch (BoundedBody.TooLarge e) {
        answerIfStillPossible(exchange, 413, tooLargeMessage());
      } catch (IOException e) {
        throw e; // the client's connection: nobody to answer
      } catch (Exception e) {
        // once, with the trace, for whoever runs the service; the caller learns nothing inside
        log.warn("{} {} failed", method(exchange), path(exchange), e);
        answerIfStillPossible(exchange, 500, "internal error; the service's log says more");
      }
    } catch (IOException e) {
      log.debug("{} {}: the connection failed: {}", method(exchange), path(exchange), e.toString());
    }
  }

  private void guard(HttpExchange exchange) throws IOException {
    String method = method(exchange);
    boolean reading = method.equals("GET") || method.equals("HEAD");
    String queryToken = queryParameter(exchange, QUERY_TOKEN);
    if (token.isPresent() && queryToken != null && reading) {
      startSession(exchange, token.get().matches(queryToken));
      return;
    }
    boolean authenticated = token.isEmpty() || presentsToken(exchange, reading);
    if (!authenticated && !route.open()) {
      unauthorized(exchange);
      return;
    }
    if (!route.methods().contains(method)) {
      List<String> allowed = route.methods().stream().sorted().toList();
      exchange.getResponseHeaders().set("Allow", String.join(", ", allowed));
      Replies.error(exchange, 405, "use " + String.join(" or ", allowed));
      return;
    }
    if (declaredBodyTooLarge(exchange)) {
      tooLarge(exchange);
      return;
    }
    if (!inFlight.tryAcquire()) {
      // refused at once: queueing without bound would hold memory and sockets for every caller
      exchange.getResponseHeaders().set("Retry-After", route.streams() ? "15" : "1");
      Replies.error(
          exchange,
          429,
          route.streams()
              ? "too many streams open here; retry later"
              : "too many requests in flight; retry shortly");
      return;
    }
    try {
      exchange.setAttribute(AUTHENTICATED, authenticated);
      exchange.setStreams(new BoundedBody(exchange.getRequestBody(), route.maxBodyBytes()), null);
      route.handler().handle(exchange);
    } finally {
      inFlight.release();
    }
  }

  private boolean presentsToken(HttpExchange exchange, boolean reading) {
    BearerToken expected = token.orElseThrow();
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return expected.matches(authorization.substring(7).strip());
    }
    return reading && expected.matchesSession(cookie(exchange, SESSION_COOKIE));
  }

  private void startSession(HttpExchange exchange, boolean valid) throws IOException {
    if (!valid) {
      unauthorized(exchange);
      return;
    }
    String path = exchange.getRequestURI().getRawPath();
    exchange
        .getResponseHeaders()
        .set(
            "Set-Cookie",
            SESSION_COOKIE
                + "="
                + token.orElseThrow().session()
                + "; Path=/; HttpOnly; SameSite=Strict");
    // only ever a path of this server: never somewhere else a crafted link names
    boolean local = path != null && path.startsWith("/") && !path.startsWith("//");
    exchange.getResponseHeaders().set("Location", local ? path : "/");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(303, -1);
  }

  private static void unauthorized(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"newsflow\"");
    Replies.error(
        exchange, 401, "a token is required: send the header 'Authorization: Bearer TOKEN'");
  }

  private boolean declaredBodyTooLarge(HttpExchange exchange) {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      try {
        return Long.parseLong(length.strip()) > route.maxBodyBytes();
      } catch (NumberFormatException e) {
        return true; // the JDK's server refuses these before they get here
      }
    }
    // a chunked body says nothing of its length; a route that takes none refuses it at once
    return route.maxBodyBytes() == 0
        && exchange.getRequestHeaders().getFirst("Transfer-Encoding") != null;
  }

  private void tooLarge(HttpExchange exchange) throws IOException {
    // the rest of the body is not read: the connection closes after this answer
    Replies.error(exchange, 413, tooLargeMessage());
  }

  private String tooLargeMessage() {
    return route.maxBodyBytes() == 0
        ? "this address takes no request body"
        : "the request body is over the limit of " + route.maxBodyBytes() + " bytes";
  }

  private static void answerIfStillPossible(HttpExchange exchange, int status, String message)
      throws IOException {
    if (exchange.getResponseCode() == -1) {
      Replies.error(exchange, status, message);
    }
  }

  private static String cookie(HttpExchange exchange, String name) {
    List<String> headers = exchange.getRequestHeaders().get("Cookie");
    if (headers == null) {
      return null;
    }
    for (String header : headers) {
      for (String pair : header.split(";")) {
        int equals = pair.indexOf('=');
        if (equals > 0 && pair.substring(0, equals).strip().equals(name)) {
          return pair.substring(equals + 1).strip();
        }
      }
    }
    return null;
  }

  private static String queryParameter(HttpExchange exchange, String name) {
    String query = exchange.getRequestURI().getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (key.equals(name)) {
        String value = equals < 0 ? "" : pair.substring(equals + 1);
        try {
          return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          return value; // a broken escape: it will not match the token either
        }
      }
    }
    return null;
  }

  private static String method(HttpExchange exchange) {
    return exchange.getRequestMethod();
  }

  /** The path without the query, which may hold a token. */
  private static String path(HttpExchange exchange) {
    return exchange.getRequestURI().getRawPath();
  }
}
