package io.newsflow.app.cli;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.app.dashboard.Dashboard;
import io.newsflow.app.run.ServiceHost;
import io.newsflow.common.http.Route;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.metrics.MetricsSettings;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options every long-running service shares: where it serves its metrics, and whether it serves
 * the live dashboard too. A port given here wins over {@code NEWSFLOW_METRICS_PORT} and the
 * properties file; without one they apply, then the service's own default.
 */
final class ServiceOptions {
  @Option(
      names = "--metrics-port",
      paramLabel = "PORT",
      converter = Converters.Port.class,
      description =
          "serves /metrics and /health (default: $NEWSFLOW_METRICS_PORT, else ingest "
              + "9401, enrich 9402, sink 9403)")
  private Integer metricsPort;

  @Option(
      names = "--http-port",
      paramLabel = "PORT",
      converter = Converters.Port.class,
      description =
          "also serves the live dashboard (with /metrics and /health) on this port; the sink"
              + " serves /subscribe there too (server-sent events)")
  private Integer httpPort;

  @Option(
      names = "--shutdown-timeout",
      paramLabel = "DURATION",
      description =
          "a stop (Ctrl-C, SIGTERM) ends within this time even when Kafka does not answer;"
              + " what is still stopping then is abandoned, and a line says what (default: "
              + "$NEWSFLOW_SHUTDOWN_TIMEOUT, else 10s)")
  private String shutdownTimeout;

  /** The settings these options set, as flags for {@link KafkaOptions#config(Map)}. */
  Map<String, String> flags() {
    Map<String, String> flags = new HashMap<>();
    if (metricsPort != null) {
      flags.put(MetricsSettings.PORT, String.valueOf(metricsPort));
    }
    if (shutdownTimeout != null) {
      flags.put(ServiceHost.SHUTDOWN_TIMEOUT, shutdownTimeout);
    }
    return flags;
  }

  /**
   * Fails at once, naming the flag of {@code command} that picks another port, when a port this
   * service will serve on is taken: before it reaches for Kafka, not after it has started.
   */
  void requireFreePorts(MetricsSettings metrics, String command) {
    FreePorts.require(metrics.host(), metrics.port(), command + " --metrics-port");
    if (httpPort != null) {
      FreePorts.require(metrics.host(), httpPort, command + " --http-port");
    }
  }

  /** Whether {@code --http-port} was given. */
  boolean servesHttp() {
    return httpPort != null;
  }

  /** Serves the dashboard on the host if asked to; its consumer stops with the host. */
  void serveDashboard(
      ServiceHost host,
      KafkaSettings kafka,
      MeterRegistry registry,
      MetricsSettings metrics,
      PrintWriter err) {
    serveDashboard(host, kafka, registry, metrics, err, List.of());
  }

  /** As the other, with {@code more} routes of the service's own on the same port. */
  void serveDashboard(
      ServiceHost host,
      KafkaSettings kafka,
      MeterRegistry registry,
      MetricsSettings metrics,
      PrintWriter err,
      List<Route> more) {
    if (httpPort == null) {
      return;
    }
    Dashboard dashboard =
        host.own(Dashboard.start(kafka, registry, Clock.systemUTC(), article -> {}));
    List<Route> routes = new ArrayList<>(dashboard.routes());
    routes.addAll(more);
    int port = host.serve(metrics.host(), httpPort, routes);
    err.println("dashboard " + new MetricsSettings(metrics.host(), port).url("/"));
    err.flush();
  }
}
