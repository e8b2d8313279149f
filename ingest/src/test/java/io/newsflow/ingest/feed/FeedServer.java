package io.newsflow.ingest.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A feed served over real HTTP for the tests: an RSS document of the items added so far, an ETag
 * that changes with them when {@code validators} is on (answering 304 to a matching If-None-Match),
 * or a fixed error status. Every request is recorded with its time and status.
 */
final class FeedServer implements AutoCloseable {
  /** One request as the server answered it. */
  record Request(long nanos, String ifNoneMatch, int status) {}

  private final HttpServer server;
  private final List<String> items = new CopyOnWriteArrayList<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final boolean validators;
  private volatile int failWith;

  FeedServer(boolean validators) throws IOException {
    this.validators = validators;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/feed.xml", this::answer);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml");
  }

  void add(String guid, String title) {
    items.add(
        "<item><guid>"
            + guid
            + "</guid><title>"
            + title
            + "</title><description>About "
            + title
            + ".</description></item>");
  }

  /** Every request is answered with {@code status} from now on; 0 to serve the feed again. */
  void failWith(int status) {
    failWith = status;
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  long answered(int status) {
    return requests.stream().filter(r -> r.status() == status).count();
  }

  private void answer(HttpExchange exchange) throws IOException {
    String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
    String etag = "\"v" + items.size() + "\"";
    int status;
    byte[] body = new byte[0];
    if (failWith != 0) {
      status = failWith;
    } else if (validators && etag.equals(ifNoneMatch)) {
      status = 304;
    } else {
      status = 200;
      body =
          ("<rss version=\"2.0\"><channel><title>Test</title>"
                  + String.join("", items)
                  + "</channel></rss>")
              .getBytes(StandardCharsets.UTF_8);
      if (validators) {
        exchange.getResponseHeaders().set("ETag", etag);
      }
    }
    requests.add(new Request(System.nanoTime(), ifNoneMatch, status));
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
