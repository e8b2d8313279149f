package io.newsflow.app.cli;

import io.newsflow.app.dashboard.Dashboard;
import io.newsflow.app.run.ServiceHost;
import io.newsflow.common.config.KafkaSettings;
import io.newsflow.common.metrics.MetricsSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine.Option;

/** {@code --http-port}: a service serves the live dashboard too, as the demo does. */
final class DashboardOption {
  @Option(
      names = "--http-port",
      paramLabel = "PORT",
      description = "also serves the live dashboard (with /metrics and /health) on this port")
  private Integer httpPort;

  /** Serves the dashboard on the host if asked to; its consumer stops with the host. */
  void serve(ServiceHost host, KafkaSettings kafka, MeterRegistry registry, MetricsSettings metrics, PrintWriter err) {
    if (httpPort == null) {
      return;
    }
    Dashboard dashboard = host.own(Dashboard.start(kafka, registry, Clock.systemUTC(), article -> {}));
    int port = host.serve(metrics.host(), httpPort, dashboard.handlers());
    err.println("dashboard " + new MetricsSettings(metrics.host(), port).url("/"));
    err.flush();
  }
}
