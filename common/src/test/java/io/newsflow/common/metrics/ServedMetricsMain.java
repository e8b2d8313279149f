package io.newsflow.common.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.common.config.Config;
import io.newsflow.common.http.HttpSettings;
import io.newsflow.common.http.JdkServerLimits;
import io.newsflow.common.http.Route;
import java.util.List;
import java.util.Map;

/**
 * A process serving metrics the way a service does (settings from its environment, the JDK's limits
 * applied at start), plus a path that fails; it runs until its standard input closes.
 */
public final class ServedMetricsMain {
  private ServedMetricsMain() {}

  public static void main(String[] args) throws Exception {
    JdkServerLimits.applyDefaults(System.getProperties());
    HttpSettings http = HttpSettings.from(Config.load(Map.of(), null), 4);
    PrometheusMeterRegistry registry = Registries.prometheus("probe");
    Route failing =
        Route.get(
            "/fail",
            exchange -> {
              throw new IllegalStateException("handler broke");
            });
    try (MetricsServer server =
        MetricsServer.start(
            "127.0.0.1",
            0,
            http,
            registry,
            () -> Health.up("all services are running"),
            List.of(failing))) {
      System.out.println(
          "port "
              + server.port()
              + " maxReqTime "
              + System.getProperty("sun.net.httpserver.maxReqTime")
              + " maxConnections "
              + System.getProperty("jdk.httpserver.maxConnections"));
      System.out.flush();
      while (System.in.read() >= 0) {
        // until the test closes our standard input
      }
    }
  }
}
