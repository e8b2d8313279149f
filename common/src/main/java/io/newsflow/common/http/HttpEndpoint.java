package io.newsflow.common.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP server on the JDK's own, with every route behind an {@link AccessGuard} that shares one
 * limit of requests in flight. Paths no route names answer 404 through the guard too, so they need
 * the token like the rest. How long a slow client may take is the JDK's to bound: see {@link
 * JdkServerLimits}.
 *
 * <p>A streaming route ({@link Route#stream}) has its own limit instead, and threads of its own
 * beside those of that shared limit: a stream lasts as long as its client stays.
 */
public final class HttpEndpoint implements AutoCloseable {
  /**
   * Threads beyond the limit in flight: they answer 401, 413 and 429 while every permit is taken,
   * so that a refusal never waits behind the work it refuses.
   */
  private static final int SPARE_THREADS = 2;

  private final HttpServer server;
  private final ExecutorService workers;

  private HttpEndpoint(HttpServer server, ExecutorService workers) {
    this.server = server;
    this.workers = workers;
  }

  /** Serves {@code routes} on {@code host:port} (0: any free port). */
  public static HttpEndpoint start(String host, int port, HttpSettings settings, List<Route> routes)
      throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
    Semaphore inFlight = new Semaphore(settings.maxConcurrent());
    List<Route> all = new ArrayList<>(routes);
    if (routes.stream().noneMatch(route -> route.path().equals("/"))) {
      all.add(Route.get("/", exchange -> Replies.error(exchange, 404, "no such path")));
    }
    try {
      for (Route route : all) {
        Semaphore permits = route.streams() ? new Semaphore(route.maxStreams()) : inFlight;
        server.createContext(route.path(), new AccessGuard(route, settings.token(), permits));
      }
    } catch (RuntimeException e) { // two routes on one path: free the port before failing
      server.stop(0);
      throw e;
    }
    int streams = all.stream().mapToInt(Route::maxStreams).sum();
    ExecutorService workers =
        Executors.newFixedThreadPool(
            settings.maxConcurrent() + SPARE_THREADS + streams,
            runnable -> {
              Thread thread = new Thread(runnable, "newsflow-http");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(workers);
    server.start();
    return new HttpEndpoint(server, workers);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Stops listening, gives requests in flight up to {@code graceSeconds} to finish, then ends them.
   */
  public void close(int graceSeconds) {
    server.stop(graceSeconds);
    workers.shutdownNow();
    try {
      workers.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    close(0);
  }
}
