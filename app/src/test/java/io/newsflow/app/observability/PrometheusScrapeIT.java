package io.newsflow.app.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.app.observability.Processes.Running;
import io.newsflow.app.observability.Processes.ToolResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Prometheus scraping the demo: what it stores for the articles ingested is the number the
 * demo says it sent. The demo's own /metrics passes promtool and is what docs/METRICS.md lists.
 */
class PrometheusScrapeIT {
  private static final Pattern PRODUCED =
      Pattern.compile("ingested the sample articles: produced (\\d+), rejected (\\d+)");
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void prometheusCountsTheArticlesTheDemoSent(@TempDir Path tmp) throws Exception {
    Processes.assumeJar();
    Processes.assumeTool(Processes.PROMETHEUS);
    Processes.assumeTool(Processes.PROMTOOL);
    try (Processes processes = new Processes(tmp)) {
      int demoPort = Processes.freePort();
      Running demo =
          processes.newsflow("demo", "--rate", "0", "--http-port", String.valueOf(demoPort));
      Matcher produced =
          PRODUCED.matcher(
              demo.awaitLine(l -> PRODUCED.matcher(l).find(), Duration.ofSeconds(180)));
      assertThat(produced.find()).isTrue();
      int sent = Integer.parseInt(produced.group(1));
      assertThat(sent).as("sample articles sent").isPositive();

      int prometheusPort = Processes.freePort();
      Path config =
          Files.writeString(
              tmp.resolve("prometheus.yml"),
              """
          global:
            scrape_interval: 1s
          scrape_configs:
            - job_name: newsflow-demo
              static_configs:
                - targets: ["127.0.0.1:%d"]
          """
                  .formatted(demoPort));
      Running prometheus =
          processes.start(
              List.of(
                  Processes.PROMETHEUS.toString(),
                  "--config.file=" + config,
                  "--storage.tsdb.path=" + tmp.resolve("tsdb"),
                  "--web.listen-address=127.0.0.1:" + prometheusPort));
      String api = "http://127.0.0.1:" + prometheusPort + "/api/v1/query?query=";

      OptionalDouble ingested =
          awaitValue(processes, api, "sum(newsflow_articles_ingested_total)", sent, prometheus);
      assertThat(ingested).as("Prometheus' sum(newsflow_articles_ingested_total)").hasValue(sent);
      OptionalDouble delivered =
          awaitValue(processes, api, "sum(newsflow_articles_delivered_total)", sent, prometheus);
      assertThat(delivered).as("every sample delivered, as Prometheus sees it").hasValue(sent);
      OptionalDouble up = value(processes, api + enc("up{job=\"newsflow-demo\"}"));
      assertThat(up).hasValue(1.0);

      String exposition = processes.get("http://127.0.0.1:" + demoPort + "/metrics");
      Files.createDirectories(Path.of("target", "metrics"));
      Files.writeString(Path.of("target", "metrics", "demo.prom"), exposition);
      ToolResult lint =
          Processes.run(
              List.of(Processes.PROMTOOL.toString(), "check", "metrics"),
              exposition,
              Duration.ofSeconds(60));
      assertThat(lint.exitCode())
          .as("promtool check metrics on the demo's /metrics:%n%s", lint.output())
          .isZero();
      MetricsDoc doc = MetricsDoc.read();
      Map<String, String> families = MetricsDoc.families(exposition);
      assertThat(families.keySet().stream().filter(f -> !doc.documents(f)).toList())
          .as("served by the demo but not in %s", MetricsDoc.PATH)
          .isEmpty();
    }
  }

  /** Queries until the value equals the wanted one or 90 s pass; returns the last value seen. */
  private OptionalDouble awaitValue(
      Processes processes, String api, String query, double wanted, Running prometheus)
      throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    OptionalDouble last = OptionalDouble.empty();
    while (System.nanoTime() < end) {
      assertThat(prometheus.process.isAlive())
          .as("prometheus is running: %s", Processes.tail(prometheus.stderr))
          .isTrue();
      try {
        last = value(processes, api + enc(query));
      } catch (java.io.IOException e) {
        // not listening yet
      }
      if (last.isPresent() && last.getAsDouble() == wanted) {
        return last;
      }
      Thread.sleep(1000);
    }
    return last;
  }

  private OptionalDouble value(Processes processes, String url) throws Exception {
    JsonNode answer = json.readTree(processes.get(url));
    assertThat(answer.path("status").asText()).as(answer.toString()).isEqualTo("success");
    JsonNode result = answer.path("data").path("result");
    if (result.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Double.parseDouble(result.get(0).path("value").get(1).asText()));
  }

  private static String enc(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }
}
