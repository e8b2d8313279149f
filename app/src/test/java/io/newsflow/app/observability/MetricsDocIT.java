package io.newsflow.app.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.observability.Processes.Running;
import io.newsflow.app.observability.Processes.ToolResult;
import io.newsflow.common.metrics.MetricsSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone services as deployed (ingest, enrich and sink processes of the packaged jar
 * against a broker process): each one's /metrics passes {@code promtool check metrics}, and
 * together they serve exactly the families docs/METRICS.md lists.
 */
class MetricsDocIT {
  private static final Duration STARTUP = Duration.ofSeconds(120);
  private static final Path SCRAPES = Path.of("target", "metrics");

  @Test
  void everyServiceServesLintFreeMetricsThatTheDocsList(@TempDir Path tmp) throws Exception {
    Processes.assumeJar();
    Processes.assumeTool(Processes.PROMTOOL);
    MetricsDoc doc = MetricsDoc.read();
    try (Processes processes = new Processes(tmp)) {
      Running broker = processes.newsflow("broker", "--port", "0");
      String bootstrap =
          broker.awaitLine(l -> l.startsWith("ready "), STARTUP).substring("ready ".length());

      int push = Processes.freePort();
      Map<String, Integer> metricsPorts = new LinkedHashMap<>();
      for (String service : List.of("ingest", "enrich", "sink")) {
        metricsPorts.put(service, Processes.freePort());
      }
      processes.newsflow(
          "ingest",
          "--bootstrap-servers",
          bootstrap,
          "--from",
          "http:" + push,
          "--metrics-port",
          String.valueOf(metricsPorts.get("ingest")));
      // the Kafka binder looks for new client metrics every 2 s, not every minute: the lag meters
      // appear once the consumers have partitions, with no minute's wait for the binder
      Path lookOften =
          Files.writeString(
              tmp.resolve("metrics.properties"), MetricsSettings.KAFKA_REFRESH + "=2s\n");
      processes.newsflow(
          "enrich",
          "--config",
          lookOften.toString(),
          "--bootstrap-servers",
          bootstrap,
          "--metrics-port",
          String.valueOf(metricsPorts.get("enrich")));
      int sinkDashboard = Processes.freePort();
      // every article to a file, and to a webhook nobody listens to: the subscription meters
      Path subscriptions = tmp.resolve("subscriptions.yaml");
      Files.writeString(
          subscriptions,
          "subscriptions:\n"
              + "  - {name: everything, to: 'file:"
              + tmp.resolve("everything.jsonl")
              + "'}\n"
              + "  - {name: nobody-home, to: 'http://127.0.0.1:"
              + Processes.freePort()
              + "/gone', attempts: 1}\n");
      processes.newsflow(
          "sink",
          "--config",
          lookOften.toString(),
          "--subscriptions",
          subscriptions.toString(),
          "--bootstrap-servers",
          bootstrap,
          "--metrics-port",
          String.valueOf(metricsPorts.get("sink")),
          "--http-port",
          String.valueOf(sinkDashboard));
      metricsPorts.values().forEach(port -> awaitMetrics(processes, port));

      // one article through the whole pipeline, and one push that is not an article (a rejection
      // and a dead letter), so the meters that appear only on their first event are served
      String pushUrl = "http://127.0.0.1:" + push + "/";
      awaitAccepted(processes, pushUrl, sample());
      processes.post(pushUrl, "{\"this is\": not an article".getBytes(StandardCharsets.UTF_8));

      Map<String, String> scrapes = new TreeMap<>();
      long end = System.nanoTime() + Duration.ofSeconds(150).toNanos();
      while (true) {
        for (var e : metricsPorts.entrySet()) {
          scrapes.put(e.getKey(), processes.get("http://127.0.0.1:" + e.getValue() + "/metrics"));
        }
        boolean complete =
            scrapes.get("ingest").contains("newsflow_articles_rejected_total{")
                && scrapes
                    .get("sink")
                    .matches("(?s).*\nnewsflow_articles_delivered_total\\{[^}]*} [1-9].*")
                && scrapes.get("sink").contains("newsflow_subscription_failures_total{")
                // the per-partition lag appears after the consumers have their partitions and
                // Micrometer's Kafka binder has looked for new client metrics since
                && scrapes.get("enrich").contains("kafka_consumer_fetch_manager_records_lag{")
                && scrapes.get("sink").contains("kafka_consumer_fetch_manager_records_lag{");
        if (complete) {
          break;
        }
        assertThat(System.nanoTime())
            .as("all meters served within 150 s; scraped: %s", scrapes.keySet())
            .isLessThan(end);
        Thread.sleep(2000);
      }

      // a service started with --http-port serves the live dashboard as the demo does
      assertThat(processes.get("http://127.0.0.1:" + sinkDashboard + "/"))
          .contains("<title>newsflow");
      assertThat(processes.get("http://127.0.0.1:" + sinkDashboard + "/api/dashboard"))
          .contains("\"counters\"");

      Files.createDirectories(SCRAPES);
      Map<String, String> served = new TreeMap<>();
      for (var e : scrapes.entrySet()) {
        Files.writeString(SCRAPES.resolve(e.getKey() + ".prom"), e.getValue());
        ToolResult lint =
            Processes.run(
                List.of(Processes.PROMTOOL.toString(), "check", "metrics"),
                e.getValue(),
                Duration.ofSeconds(60));
        assertThat(lint.exitCode())
            .as("promtool check metrics on %s's /metrics:%n%s", e.getKey(), lint.output())
            .isZero();
        served.putAll(MetricsDoc.families(e.getValue()));
      }
      Files.writeString(SCRAPES.resolve("families.txt"), String.join("\n", served.keySet()) + "\n");

      List<String> undocumented = served.keySet().stream().filter(f -> !doc.documents(f)).toList();
      assertThat(undocumented).as("served by a service but not in %s", MetricsDoc.PATH).isEmpty();
      List<String> notServed =
          doc.exact().keySet().stream().filter(f -> !served.containsKey(f)).toList();
      assertThat(notServed).as("in %s but served by no service", MetricsDoc.PATH).isEmpty();
      assertThat(doc.unmatchedPatterns(served.keySet()))
          .as("documented prefixes no family has")
          .isEmpty();
      List<String> wrongType = new ArrayList<>();
      doc.exact()
          .forEach(
              (family, type) -> {
                if (!type.equals(served.get(family))) {
                  wrongType.add(family + " documented " + type + ", served " + served.get(family));
                }
              });
      assertThat(wrongType).isEmpty();
      assertThat(new TreeSet<>(served.keySet()))
          .as("the pipeline's own meters")
          .contains(
              "newsflow_articles_ingested_total",
              "newsflow_articles_rejected_total",
              "newsflow_dead_letters_total",
              "newsflow_entities_total",
              "newsflow_stream_state",
              "newsflow_end_to_end_seconds",
              "newsflow_enrich_seconds",
              "newsflow_article_sentiment_thousandths",
              "kafka_consumer_fetch_manager_records_lag");
    }
  }

  private static void awaitMetrics(Processes processes, int port) {
    try {
      processes.awaitGet("http://127.0.0.1:" + port + "/metrics", STARTUP);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static void awaitAccepted(Processes processes, String url, byte[] article)
      throws InterruptedException {
    long end = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < end) {
      try {
        int status = processes.post(url, article);
        if (status / 100 == 2) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("ingest did not accept a push at " + url);
  }

  private static byte[] sample() throws IOException {
    try (InputStream in =
        MetricsDocIT.class.getResourceAsStream(
            "/io/newsflow/app/demo/samples/02-airbus-deliveries.json")) {
      assertThat(in).as("a bundled sample article").isNotNull();
      return in.readAllBytes();
    }
  }
}
