package io.newsflow.common.http;

import com.sun.net.httpserver.HttpExchange;
import io.newsflow.common.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writing a whole answer at once; a {@code HEAD} request gets the headers only. */
public final class Replies {
  private Replies() {}

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

  /** {@code body} as one line of JSON. */
  public static void json(HttpExchange exchange, int status, Object body) throws IOException {
    send(exchange, status, "application/json", Json.line(body));
  }

  /** {@code {"error": message}}: for people and scripts alike, never a stack trace. */
  public static void error(HttpExchange exchange, int status, String message) throws IOException {
    send(exchange, status, "application/json", Json.line(Map.of("error", message)) + "\n");
  }
}
