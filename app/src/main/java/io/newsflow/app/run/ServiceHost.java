package io.newsflow.app.run;

import com.sun.net.httpserver.HttpHandler;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.common.metrics.Health;
import io.newsflow.common.metrics.MetricsServer;
import io.newsflow.common.metrics.MetricsSettings;
import io.newsflow.common.service.Service;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs services in the foreground: starts them, serves their metrics and health, and on Ctrl-C or
 * SIGTERM (or {@link #close()}) stops them in reverse order of start, so that nothing is left
 * running. Health is ready only when every service is.
 */
public final class ServiceHost implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ServiceHost.class);

  private final PrometheusMeterRegistry registry;
  private final List<AutoCloseable> resources = new ArrayList<>();
  private final List<Service> services = new ArrayList<>();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Thread hook = new Thread(this::close, "newsflow-shutdown");
  private MetricsServer server;
  private boolean closed;

  public ServiceHost(PrometheusMeterRegistry registry) {
    this.registry = registry;
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Serves /metrics, /health and any {@code more} paths on {@code host:port}; returns the port. */
  public synchronized int serve(String host, int port, Map<String, HttpHandler> more) {
    server = MetricsServer.start(host, port, registry, this::health, more);
    resources.add(server);
    return server.port();
  }

  /** Starts a service now; it will be closed with the host. */
  public synchronized <S extends Service> S start(S service) {
    resources.add(service);
    services.add(service);
    service.start();
    return service;
  }

  /** Something else to close with the host (a consumer, a broker), in reverse order. */
  public synchronized <R extends AutoCloseable> R own(R resource) {
    resources.add(resource);
    return resource;
  }

  public synchronized Health health() {
    Map<String, String> details = new LinkedHashMap<>();
    boolean ready = !services.isEmpty();
    for (Service service : services) {
      Health h = service.health();
      details.put(service.name(), h.status());
      ready &= h.ready();
    }
    if (closed) {
      return new Health(false, "stopping", details);
    }
    return new Health(ready, ready ? "all services are running" : "not ready: " + details, details);
  }

  /**
   * The life of a service command: serve metrics and health, start the service, say on
   * {@code err} what runs where (stdout stays for the command's output), wait until stopped.
   */
  public void runInForeground(MetricsSettings metrics, Service service, String what, PrintWriter err)
      throws InterruptedException {
    serve(metrics.host(), metrics.port(), Map.of());
    start(service);
    err.printf("%s; metrics %s; Ctrl-C stops%n", what, metrics.url("/metrics"));
    err.flush();
    awaitShutdown();
  }

  /** Blocks until Ctrl-C, SIGTERM or {@link #close()}. */
  public void awaitShutdown() throws InterruptedException {
    stopped.await();
  }

  @Override
  public void close() {
    List<AutoCloseable> toClose;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      toClose = new ArrayList<>(resources);
    }
    for (int i = toClose.size() - 1; i >= 0; i--) {
      try {
        toClose.get(i).close();
      } catch (Exception e) {
        log.warn("could not stop {} cleanly: {}", toClose.get(i), e.getMessage());
      }
    }
    stopped.countDown();
    if (Thread.currentThread() != hook) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // already shutting down: the hook is running or has run
      }
    }
  }
}
