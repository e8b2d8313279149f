package io.newsflow.app.reliability;

import io.newsflow.app.reliability.NewsflowProcesses.Running;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts enrich and sink processes on a bootstrap address for the fault tests, each on a port of
 * its own, so a restarted one never waits for the port of the one it replaces.
 */
final class Services {
  static final List<String> OUTPUT_TOPICS = List.of("news.downstream", "news.dlq");

  private final NewsflowProcesses processes;
  private final String bootstrap;
  private final Path config;
  private final Map<Running, Integer> metricsPorts = new HashMap<>();
  private int started;

  Services(NewsflowProcesses processes, String bootstrap, Path config) {
    this.processes = processes;
    this.bootstrap = bootstrap;
    this.config = config;
  }

  /**
   * Kafka client settings under which the group hands a killed member's partitions over after 6 s
   * instead of the default 45 s session timeout: the tests measure the pipeline, not that wait.
   */
  static Path fastFailoverConfig(Path tmp) throws IOException {
    return Files.writeString(
        tmp.resolve("client.properties"), "session.timeout.ms=6000\nheartbeat.interval.ms=1500\n");
  }

  Running enrich() throws IOException, InterruptedException {
    return start("enrich", "320m");
  }

  Running sink() throws IOException, InterruptedException {
    return start("sink", "256m");
  }

  private Running start(String service, String heap) throws IOException, InterruptedException {
    int port = NewsflowProcesses.freePort();
    started++;
    Running running =
        processes.start(
            service + "-" + started,
            heap,
            service,
            "--bootstrap-servers",
            bootstrap,
            "--config",
            config.toString(),
            "--metrics-port",
            String.valueOf(port));
    metricsPorts.put(running, port);
    return running;
  }

  /** The sum of a metric's samples on the service's {@code /metrics}, 0 when absent. */
  double metric(Running service, String name) throws InterruptedException {
    return processes.metric(metricsPorts.get(service), name);
  }

  /** The body of {@code GET path} on the service's metrics port; fails unless it answers 200. */
  String body(Running service, String path) throws InterruptedException {
    return processes
        .get("http://127.0.0.1:" + metricsPorts.get(service) + path)
        .orElseThrow(() -> new AssertionError(service.name + " did not serve " + path));
  }

  /** Waits until the service's {@code /health} says ready (its topics exist by then). */
  void awaitHealthy(Running service) throws InterruptedException {
    processes.awaitHealthy(service, metricsPorts.get(service), Duration.ofSeconds(120));
  }
}
