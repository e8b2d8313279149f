package io.newsflow.app.subscribe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver that misbehaves on purpose, by article id: some ids get a 500 on their first
 * try, some a first try that hangs past the sender's timeout, some a 500 every time. It records
 * what it accepted and whether each signature was right.
 */
final class HookServer implements AutoCloseable {
  /** How long a hanging answer hangs: well past the subscription's timeout, and bounded. */
  static final long HANG_MILLIS = 2500;

  /** How long the slow webhook takes over each article. */
  static final long SLOW_MILLIS = 700;

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final String secret;
  private final Set<String> failFirst;
  private final Set<String> hangFirst;
  private final Set<String> failAlways;
  private final Map<String, AtomicInteger> tries = new ConcurrentHashMap<>();
  private final Map<String, Integer> accepted = new ConcurrentHashMap<>();
  private final List<String> acceptedBodies = new CopyOnWriteArrayList<>();
  private final List<String> badRequests = new CopyOnWriteArrayList<>();
  private final List<String> slowAccepted = new CopyOnWriteArrayList<>();

  HookServer(String secret, Set<String> failFirst, Set<String> hangFirst, Set<String> failAlways)
      throws IOException {
    this.secret = secret;
    this.failFirst = failFirst;
    this.hangFirst = hangFirst;
    this.failAlways = failAlways;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/hook", this::handle);
    server.createContext("/slow", this::handleSlowly);
    server.setExecutor(threads);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
  }

  URI slowUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/slow");
  }

  List<String> slowAccepted() {
    return List.copyOf(slowAccepted);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String id = exchange.getRequestHeaders().getFirst("X-Newsflow-Id");
      String signature = exchange.getRequestHeaders().getFirst("X-Newsflow-Signature");
      if (id == null || !("sha256=" + hmac(body)).equals(signature)) {
        badRequests.add(id + " signed " + signature);
        exchange.sendResponseHeaders(400, -1);
        return;
      }
      int attempt = tries.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
      if (failAlways.contains(id) || (attempt == 1 && failFirst.contains(id))) {
        exchange.sendResponseHeaders(500, -1);
        return;
      }
      if (attempt == 1 && hangFirst.contains(id)) {
        sleep(HANG_MILLIS);
        exchange.sendResponseHeaders(200, -1); // too late: the sender gave up on this try
        return;
      }
      accepted.merge(id, 1, Integer::sum);
      acceptedBodies.add(new String(body, StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(204, -1);
    }
  }

  /** Takes everything, slowly: a webhook that cannot keep up. */
  private void handleSlowly(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      sleep(SLOW_MILLIS);
      slowAccepted.add(exchange.getRequestHeaders().getFirst("X-Newsflow-Id"));
      exchange.sendResponseHeaders(204, -1);
    }
  }

  private String hmac(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Ids accepted, with how many times each (a timed-out try that still arrived is not one). */
  Map<String, Integer> accepted() {
    return Map.copyOf(accepted);
  }

  List<String> acceptedBodies() {
    return List.copyOf(acceptedBodies);
  }

  int tries(String id) {
    AtomicInteger n = tries.get(id);
    return n == null ? 0 : n.get();
  }

  List<String> badRequests() {
    return List.copyOf(badRequests);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
