package io.newsflow.common.http;

import com.sun.net.httpserver.HttpHandler;
import java.util.Set;

/**
 * A path a server answers, the methods it takes and the largest request body it reads.
 *
 * @param open answered without the token too; the handler asks {@link AccessGuard#authenticated}
 *     what the caller may see
 * @param maxStreams 0 for a request answered at once; else the route streams its answer for as long
 *     as the client stays (server-sent events), and at most this many such answers run at once
 */
public record Route(
    String path,
    HttpHandler handler,
    Set<String> methods,
    long maxBodyBytes,
    boolean open,
    int maxStreams) {
  private static final Set<String> READ = Set.of("GET", "HEAD");

  public Route {
    methods = Set.copyOf(methods);
    if (maxBodyBytes < 0) {
      throw new IllegalArgumentException("a body limit cannot be negative: " + maxBodyBytes);
    }
    if (maxStreams < 0) {
      throw new IllegalArgumentException("a stream limit cannot be negative: " + maxStreams);
    }
  }

  /** {@code GET} (and {@code HEAD}) without a body. */
  public static Route get(String path, HttpHandler handler) {
    return new Route(path, handler, READ, 0, false, 0);
  }

  /**
   * {@code GET} whose answer streams until the client leaves, at most {@code maxStreams} at once.
   * Each holds a thread of its own, not one of the permits that ordinary requests share, so open
   * streams never crowd out {@code /metrics} and {@code /health}.
   */
  public static Route stream(String path, HttpHandler handler, int maxStreams) {
    if (maxStreams < 1) {
      throw new IllegalArgumentException("a stream route serves at least 1, not " + maxStreams);
    }
    return new Route(path, handler, READ, 0, false, maxStreams);
  }

  public boolean streams() {
    return maxStreams > 0;
  }

  /** {@code POST} with a body of at most {@code maxBodyBytes}. */
  public static Route post(String path, HttpHandler handler, long maxBodyBytes) {
    return new Route(path, handler, Set.of("POST"), maxBodyBytes, false, 0);
  }

  /** The same route, answered without the token too (see {@link #open()}). */
  public Route openToAll() {
    return new Route(path, handler, methods, maxBodyBytes, true, maxStreams);
  }
}
