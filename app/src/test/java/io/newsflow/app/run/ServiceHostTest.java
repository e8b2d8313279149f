package io.newsflow.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.common.config.Config;
import io.newsflow.common.metrics.Health;
import io.newsflow.common.service.Service;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ServiceHostTest {
  @Test
  @Timeout(20)
  void aStopEndsWithinItsTimeoutWhenAServiceHangs() {
    CountDownLatch never = new CountDownLatch(1);
    List<Duration> budgets = new ArrayList<>();
    ServiceHost host =
        new ServiceHost(
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), Duration.ofSeconds(2));
    host.start(
        new Service() {
          @Override
          public String name() {
            return "stuck";
          }

          @Override
          public void start() {}

          @Override
          public Health health() {
            return new Health(true, "ok", java.util.Map.of());
          }

          @Override
          public void close() {
            close(Duration.ofDays(1));
          }

          @Override
          public boolean close(Duration timeout) {
            budgets.add(timeout);
            try {
              never.await(); // a client waiting for a broker that is gone
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return false;
          }
        });
    long start = System.nanoTime();
    host.close();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    never.countDown();

    assertThat(took).isBetween(Duration.ofMillis(1_900), Duration.ofSeconds(5));
    // the service was told to give up before the host does, so a clean stop could still finish
    assertThat(budgets)
        .singleElement()
        .satisfies(b -> assertThat(b).isLessThan(Duration.ofSeconds(2)));
  }

  @Test
  @Timeout(20)
  void aQuickStopDoesNotWaitForTheTimeout() {
    ServiceHost host =
        new ServiceHost(
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), Duration.ofSeconds(10));
    List<String> closed = new ArrayList<>();
    host.own(() -> closed.add("first"));
    host.own(() -> closed.add("second"));
    long start = System.nanoTime();
    host.close();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(closed).containsExactly("second", "first");
  }

  @Test
  @Timeout(20)
  void servesWithTheTokenOfItsConfiguration() throws Exception {
    Config config = new Config(Map.of(), Map.of("NEWSFLOW_HTTP_TOKEN", "host-token-7a"), Map.of());
    try (ServiceHost host =
        ServiceHost.configured(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), config)) {
      int port = host.serve("127.0.0.1", 0, List.of());
      HttpClient client = HttpClient.newHttpClient();
      URI metrics = URI.create("http://127.0.0.1:" + port + "/metrics");
      assertThat(
              client
                  .send(HttpRequest.newBuilder(metrics).build(), BodyHandlers.discarding())
                  .statusCode())
          .isEqualTo(401);
      assertThat(
              client
                  .send(
                      HttpRequest.newBuilder(metrics)
                          .header("Authorization", "Bearer host-token-7a")
                          .build(),
                      BodyHandlers.discarding())
                  .statusCode())
          .isEqualTo(200);
    }
  }
}
