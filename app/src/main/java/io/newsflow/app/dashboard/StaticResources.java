package io.newsflow.app.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newsflow.common.http.Replies;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/** Serves the dashboard's files from the jar: no build step, no network. */
public final class StaticResources implements HttpHandler {
  private static final String ROOT = "/io/newsflow/app/dashboard/";
  private static final Map<String, String> TYPES =
      Map.of(
          ".html",
          "text/html; charset=utf-8",
          ".css",
          "text/css; charset=utf-8",
          ".js",
          "text/javascript; charset=utf-8");

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String file = path.equals("/") ? "index.html" : path.substring(1);
    String type = TYPES.get(file.contains(".") ? file.substring(file.lastIndexOf('.')) : "");
    InputStream in =
        file.contains("/") || file.contains("..") || type == null
            ? null
            : StaticResources.class.getResourceAsStream(ROOT + file);
    if (in == null) {
      Replies.send(exchange, 404, "text/plain; charset=utf-8", "no such page: " + path + "\n");
      return;
    }
    try (in) {
      byte[] bytes = in.readAllBytes();
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.getResponseHeaders().set("Cache-Control", "no-cache");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
