package io.newsflow.common.http;

import com.sun.net.httpserver.HttpHandler;
import java.util.Set;

/**
 * A path a server answers, the methods it takes and the largest request body it reads.
 *
 * @param open answered without the token too; the handler asks {@link AccessGuard#authenticated}
 *     what the caller may see
 */
public record Route(
    String path, HttpHandler handler, Set<String> methods, long maxBodyBytes, boolean open) {
  private static final Set<String> READ = Set.of("GET", "HEAD");

  public Route {
    methods = Set.copyOf(methods);
    if (maxBodyBytes < 0) {
      throw new IllegalArgumentException("a body limit cannot be negative: " + maxBodyBytes);
    }
  }

  /** {@code GET} (and {@code HEAD}) without a body. */
  public static Route get(String path, HttpHandler handler) {
    return new Route(path, handler, READ, 0, false);
  }

  /** {@code POST} with a body of at most {@code maxBodyBytes}. */
  public static Route post(String path, HttpHandler handler, long maxBodyBytes) {
    return new Route(path, handler, Set.of("POST"), maxBodyBytes, false);
  }

  /** The same route, answered without the token too (see {@link #open()}). */
  public Route openToAll() {
    return new Route(path, handler, methods, maxBodyBytes, true);
  }
}
