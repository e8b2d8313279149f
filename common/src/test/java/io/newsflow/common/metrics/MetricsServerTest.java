package io.newsflow.common.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.common.http.HttpSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The endpoint over real HTTP, and its output checked by Prometheus' own promtool. */
class MetricsServerTest {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private HttpResponse<String> get(int port, String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesMetricsAndHealthThatFollowsTheService() throws Exception {
    PrometheusMeterRegistry registry = Registries.prometheus("test");
    PipelineMetrics metrics = new PipelineMetrics(registry).registerAtZero();
    metrics.ingested("file");
    metrics.ingested("file");
    metrics.rejected("file", "unreadable");
    metrics.deadLetter("parse", "not an article in JSON");
    metrics.enrichTime(Duration.ofMillis(3));
    metrics.endToEnd(Duration.ofMillis(250));
    AtomicBoolean ready = new AtomicBoolean(false);

    try (MetricsServer server =
        MetricsServer.start(
            "127.0.0.1",
            0,
            registry,
            () ->
                ready.get()
                    ? Health.up("running")
                    : Health.down("starting: waiting for the broker"))) {
      HttpResponse<String> scrape = get(server.port(), "/metrics");
      assertThat(scrape.statusCode()).isEqualTo(200);
      assertThat(scrape.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
      assertThat(scrape.body())
          .contains("newsflow_articles_ingested_total{service=\"test\",source=\"file\"} 2.0")
          .contains(
              "newsflow_articles_rejected_total{reason=\"unreadable\",service=\"test\",source=\"file\"} 1.0")
          .contains("newsflow_articles_enriched_total{service=\"test\"} 0.0")
          .contains(
              "newsflow_dead_letters_total{reason=\"not an article in JSON\",service=\"test\",stage=\"parse\"} 1.0")
          .contains("newsflow_enrich_seconds_bucket{")
          .contains("newsflow_end_to_end_seconds_count{service=\"test\"} 1")
          .contains("jvm_memory_used_bytes");

      HttpResponse<String> notReady = get(server.port(), "/health");
      assertThat(notReady.statusCode()).isEqualTo(503);
      assertThat(notReady.body()).contains("\"ready\":false").contains("waiting for the broker");
      ready.set(true);
      HttpResponse<String> isReady = get(server.port(), "/health");
      assertThat(isReady.statusCode()).isEqualTo(200);
      assertThat(isReady.body()).contains("\"ready\":true");

      assertPromtoolAccepts(scrape.body());
    }
  }

  @Test
  void withATokenHealthStaysOpenButOnlyTheTokenSeesWhy() throws Exception {
    String token = "metrics-token-51c0";
    try (MetricsServer server =
        MetricsServer.start(
            "127.0.0.1",
            0,
            HttpSettings.withToken(token, 4),
            Registries.prometheus("test"),
            () -> new Health(false, "not ready: {enrich=rebalancing}", Map.of("enrich", "x")),
            List.of())) {
      assertThat(get(server.port(), "/metrics").statusCode()).isEqualTo(401);
      assertThat(get(server.port(), "/metrics", "Authorization", "Bearer " + token).statusCode())
          .isEqualTo(200);

      HttpResponse<String> probe = get(server.port(), "/health");
      assertThat(probe.statusCode()).isEqualTo(503);
      assertThat(probe.body()).isEqualTo("{\"ready\":false,\"status\":\"not ready\"}\n");
      HttpResponse<String> operator =
          get(server.port(), "/health", "Authorization", "Bearer " + token);
      assertThat(operator.statusCode()).isEqualTo(503);
      assertThat(operator.body()).contains("rebalancing").contains("\"details\"");
    }
  }

  static void assertPromtoolAccepts(String exposition) throws IOException, InterruptedException {
    Path promtool = Path.of("/usr/bin/promtool");
    assumeTrue(
        Files.isExecutable(promtool),
        "promtool is not installed (Debian package 'prometheus'; .ci/run installs it): skipping the check");
    Path file = Files.createTempFile("metrics", ".prom");
    Files.writeString(file, exposition, StandardCharsets.UTF_8);
    Process process =
        new ProcessBuilder(promtool.toString(), "check", "metrics")
            .redirectInput(file.toFile())
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Files.delete(file);
    assertThat(process.exitValue()).as("promtool check metrics said: %s", output).isZero();
  }
}
