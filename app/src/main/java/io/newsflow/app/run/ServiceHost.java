package io.newsflow.app.run;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.common.config.Config;
import io.newsflow.common.config.ConfigException;
import io.newsflow.common.http.HttpSettings;
import io.newsflow.common.http.Route;
import io.newsflow.common.metrics.Health;
import io.newsflow.common.metrics.MetricsServer;
import io.newsflow.common.metrics.MetricsSettings;
import io.newsflow.common.service.Service;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs services in the foreground: starts them, serves their metrics and health, and on Ctrl-C or
 * SIGTERM (or {@link #close()}) stops them in reverse order of start, so that nothing is left
 * running. Health is ready only when every service is.
 *
 * <p>A stop ends within the stop timeout ({@code newsflow.shutdown.timeout}, default 10 s) whatever
 * the cluster does: a Kafka client whose broker is gone can wait for it far longer. What has not
 * stopped by then is abandoned, and one line says what that was.
 */
public final class ServiceHost implements AutoCloseable {
  /** How long a stop may take before what is still stopping is abandoned. */
  public static final String SHUTDOWN_TIMEOUT = "newsflow.shutdown.timeout";

  public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);

  /** Left of the stop timeout for what comes after a service's own stop (metrics, the lock). */
  private static final Duration MARGIN = Duration.ofSeconds(1);

  private static final Logger log = LoggerFactory.getLogger(ServiceHost.class);

  private final PrometheusMeterRegistry registry;
  private final List<AutoCloseable> resources = new ArrayList<>();
  private final List<Service> services = new ArrayList<>();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Thread hook = new Thread(this::close, "newsflow-shutdown");
  private final Duration stopTimeout;
  private final HttpSettings http;
  private MetricsServer server;
  private boolean closed;

  public ServiceHost(PrometheusMeterRegistry registry) {
    this(registry, DEFAULT_SHUTDOWN_TIMEOUT);
  }

  /** A host whose stop ends within {@code stopTimeout}, serving HTTP to anyone. */
  public ServiceHost(PrometheusMeterRegistry registry, Duration stopTimeout) {
    this(registry, stopTimeout, HttpSettings.open(HttpSettings.DEFAULT_MAX_CONCURRENT));
  }

  /** A host whose stop ends within {@code stopTimeout}, serving HTTP as {@code http} says. */
  public ServiceHost(PrometheusMeterRegistry registry, Duration stopTimeout, HttpSettings http) {
    if (stopTimeout.isNegative() || stopTimeout.isZero()) {
      throw new ConfigException(SHUTDOWN_TIMEOUT + " must be positive, not " + stopTimeout);
    }
    this.registry = registry;
    this.stopTimeout = stopTimeout;
    this.http = http;
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** A host with the stop timeout and the HTTP access (token, limits) of {@code config}. */
  public static ServiceHost configured(PrometheusMeterRegistry registry, Config config) {
    return new ServiceHost(
        registry,
        stopTimeout(config),
        HttpSettings.from(config, HttpSettings.DEFAULT_MAX_CONCURRENT));
  }

  /** The stop timeout configured ({@code newsflow.shutdown.timeout}), else the default. */
  public static Duration stopTimeout(Config config) {
    return config.getDuration(SHUTDOWN_TIMEOUT, DEFAULT_SHUTDOWN_TIMEOUT);
  }

  /**
   * Serves /metrics, /health and any {@code more} routes on {@code host:port}; returns the port.
   */
  public synchronized int serve(String host, int port, List<Route> more) {
    server = MetricsServer.start(host, port, http, registry, this::health, more);
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
   * The life of a service command: serve metrics and health, start the service, say on {@code err}
   * what runs where (stdout stays for the command's output), wait until stopped.
   */
  public void runInForeground(
      MetricsSettings metrics, Service service, String what, PrintWriter err)
      throws InterruptedException {
    serve(metrics.host(), metrics.port(), List.of());
    start(service);
    err.printf("%s; metrics %s; Ctrl-C stops%n", what, metrics.url("/metrics"));
    err.flush();
    awaitShutdown();
  }

  /** Whether a stop has begun: Ctrl-C, SIGTERM or {@link #close()}. */
  public synchronized boolean stopping() {
    return closed;
  }

  /** Blocks until Ctrl-C, SIGTERM or {@link #close()}. */
  public void awaitShutdown() throws InterruptedException {
    stopped.await();
  }

  /**
   * Stops everything in reverse order of start, giving up after the stop timeout: the stopping goes
   * on in a daemon thread, so a process that is exiting does not wait for it.
   */
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
    long start = System.nanoTime();
    long deadline = start + stopTimeout.toNanos();
    AtomicReference<AutoCloseable> stopping = new AtomicReference<>();
    List<Service> cutShort = new CopyOnWriteArrayList<>();
    Thread stopper =
        new Thread(() -> closeInReverse(toClose, deadline, stopping, cutShort), "newsflow-stop");
    stopper.setDaemon(true);
    stopper.start();
    try {
      stopper.join(Math.max(1, stopTimeout.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (stopper.isAlive()) {
      log.warn("stopped after {}; {}", seconds(stopTimeout), abandoned(stopping.get()));
    } else if (!cutShort.isEmpty()) {
      log.warn(
          "stopped after {}; {}",
          seconds(Duration.ofNanos(System.nanoTime() - start)),
          cutShort.stream().map(ServiceHost::abandoned).collect(Collectors.joining("; ")));
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

  private static void closeInReverse(
      List<AutoCloseable> toClose,
      long deadline,
      AtomicReference<AutoCloseable> stopping,
      List<Service> cutShort) {
    for (int i = toClose.size() - 1; i >= 0; i--) {
      AutoCloseable resource = toClose.get(i);
      stopping.set(resource);
      try {
        if (resource instanceof Service service) {
          // the service's own bound ends before the host's, so a clean stop can still finish
          long left = deadline - System.nanoTime() - MARGIN.toNanos();
          if (!service.close(Duration.ofNanos(Math.max(0, left)))) {
            cutShort.add(service);
          }
        } else {
          resource.close();
        }
      } catch (Exception e) {
        log.warn("could not stop {} cleanly: {}", resource, e.getMessage());
      }
    }
    stopping.set(null);
  }

  private static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0
        ? millis / 1000 + " s"
        : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  private static String abandoned(AutoCloseable stuck) {
    if (stuck instanceof Service service) {
      return service.name() + " did not stop in time: " + service.abandonedOnTimeout();
    }
    return stuck == null
        ? "the last steps of the stop were abandoned"
        : "gave up waiting for " + stuck + ": what it had not finished was abandoned";
  }
}
