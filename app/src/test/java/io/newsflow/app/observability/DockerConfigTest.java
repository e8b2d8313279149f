package io.newsflow.app.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.app.observability.Processes.ToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker/ as far as it can be checked without a Docker engine: the compose file parses and every
 * file it mounts or builds from exists, Prometheus accepts its configuration and alert rules, and
 * the Grafana dashboard is valid JSON that queries only metrics docs/METRICS.md lists (which
 * MetricsDocIT holds to what the services serve).
 */
class DockerConfigTest {
  private static final Path DOCKER = Path.of("..", "docker");
  private static final Path COMPOSE = DOCKER.resolve("compose.yaml");
  private static final Path PROMETHEUS_YML = DOCKER.resolve("prometheus/prometheus.yml");
  private static final Path ALERTS_YML = DOCKER.resolve("prometheus/alerts.yml");
  private static final Path DASHBOARDS = DOCKER.resolve("grafana/dashboards");
  private static final Path DATASOURCES = DOCKER.resolve("grafana/provisioning/datasources");
  private static final Path PYTHON = Path.of("/usr/bin/python3");

  /** A relative host path in a volume or a build's dockerfile, e.g. {@code - ./inbox:/data:ro}. */
  private static final Pattern VOLUME = Pattern.compile("(?:^|[\\s\\[\"',])(\\./[^:\"',\\s]+):/");

  private static final Pattern DOCKERFILE = Pattern.compile("dockerfile:\\s*([^,}\\s]+)");
  private static final Pattern CONTEXT = Pattern.compile("context:\\s*([^,}\\s]+)");

  @Test
  void everyFileTheComposeFileMountsOrBuildsFromExists() throws IOException {
    String compose = Files.readString(COMPOSE);
    List<Path> referenced = new ArrayList<>();
    Matcher volume = VOLUME.matcher(compose);
    while (volume.find()) {
      referenced.add(DOCKER.resolve(volume.group(1)));
    }
    Matcher context = CONTEXT.matcher(compose);
    Matcher dockerfile = DOCKERFILE.matcher(compose);
    while (context.find()) {
      assertThat(dockerfile.find(context.start()))
          .as("a dockerfile beside context at %d", context.start())
          .isTrue();
      Path root = DOCKER.resolve(context.group(1));
      referenced.add(root);
      referenced.add(root.resolve(dockerfile.group(1)));
    }
    assertThat(referenced)
        .as("mounts and builds found in %s", COMPOSE)
        .contains(
            DOCKER.resolve("./prometheus/prometheus.yml"),
            DOCKER.resolve("./prometheus/alerts.yml"),
            DOCKER.resolve("./grafana/provisioning"),
            DOCKER.resolve("./grafana/dashboards"));
    assertThat(referenced).allSatisfy(p -> assertThat(p).exists());
    assertThat(compose)
        .as("Prometheus' rule file is mounted where prometheus.yml looks for it")
        .contains("./prometheus/alerts.yml:/etc/prometheus/alerts.yml");
    assertThat(Files.readString(PROMETHEUS_YML)).contains("/etc/prometheus/alerts.yml");
  }

  @Test
  void theComposeFileParsesWithTheServicesItNeeds(@TempDir Path tmp) throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(PYTHON)
            && Processes.run(
                        List.of(PYTHON.toString(), "-c", "import yaml"), "", Duration.ofSeconds(30))
                    .exitCode()
                == 0,
        "python3 with PyYAML (Debian python3-yaml) is needed to parse the compose file");
    // PyYAML resolves the anchors and merge keys Compose uses; print each service's name, image or
    // build
    String script =
        """
        import sys, yaml
        doc = yaml.safe_load(open(sys.argv[1]))
        for name, service in doc["services"].items():
            print(name, "image" if "image" in service else "build" if "build" in service else "neither",
                  ",".join(sorted((service.get("depends_on") or {}))))
        """;
    Path file = Files.writeString(tmp.resolve("services.py"), script);
    ToolResult result =
        Processes.run(
            List.of(PYTHON.toString(), file.toString(), COMPOSE.toString()),
            "",
            Duration.ofSeconds(30));
    assertThat(result.exitCode()).as(result.output()).isZero();
    List<String> services = result.output().lines().toList();
    assertThat(services)
        .as(result.output())
        .anyMatch(l -> l.startsWith("kafka-1 image"))
        .anyMatch(l -> l.startsWith("kafka-2 image"))
        .anyMatch(l -> l.startsWith("kafka-3 image"))
        .anyMatch(l -> l.startsWith("topics image kafka-1,kafka-2,kafka-3"))
        .anyMatch(l -> l.startsWith("ingest build topics"))
        .anyMatch(l -> l.startsWith("enrich-1 build topics"))
        .anyMatch(l -> l.startsWith("enrich-2 build topics"))
        .anyMatch(l -> l.startsWith("sink build topics"))
        .anyMatch(l -> l.startsWith("prometheus image"))
        .anyMatch(l -> l.startsWith("grafana image"))
        .noneMatch(l -> l.contains(" neither"));
  }

  @Test
  void promtoolAcceptsTheConfigurationAndTheAlertRules(@TempDir Path tmp) throws Exception {
    Processes.assumeTool(Processes.PROMTOOL);
    ToolResult rules =
        Processes.run(
            List.of(Processes.PROMTOOL.toString(), "check", "rules", ALERTS_YML.toString()),
            "",
            Duration.ofSeconds(60));
    assertThat(rules.exitCode()).as(rules.output()).isZero();
    assertThat(rules.output()).contains("SUCCESS");

    // the configuration names the rule file at its path in the container: check a copy that points
    // at the file beside it, so promtool checks the rules as loaded through the configuration too
    Path alerts = Files.copy(ALERTS_YML, tmp.resolve("alerts.yml"));
    Path config =
        Files.writeString(
            tmp.resolve("prometheus.yml"),
            Files.readString(PROMETHEUS_YML)
                .replace("/etc/prometheus/alerts.yml", alerts.toString()));
    ToolResult check =
        Processes.run(
            List.of(Processes.PROMTOOL.toString(), "check", "config", config.toString()),
            "",
            Duration.ofSeconds(60));
    assertThat(check.exitCode()).as(check.output()).isZero();
    assertThat(check.output()).contains("SUCCESS: 1 rule files found");
  }

  @Test
  void theAlertRulesQueryOnlyDocumentedMetrics() throws IOException {
    MetricsDoc doc = MetricsDoc.read();
    Set<String> used = new TreeSet<>();
    for (String line : Files.readAllLines(ALERTS_YML)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("expr:")) {
        used.addAll(PromQl.metricNames(trimmed.substring("expr:".length())));
      }
    }
    assertThat(used)
        .as("metrics the alert rules query")
        .contains(
            "newsflow_stream_state",
            "newsflow_dead_letters_total",
            "kafka_consumer_fetch_manager_records_lag");
    assertThat(used)
        .allSatisfy(
            name ->
                assertThat(doc.documentsSeries(name))
                    .as("%s is in %s", name, MetricsDoc.PATH)
                    .isTrue());
  }

  @Test
  void theGrafanaDashboardsAreValidAndQueryOnlyDocumentedMetrics() throws IOException {
    MetricsDoc doc = MetricsDoc.read();
    ObjectMapper json = new ObjectMapper();
    String datasourceUid = datasourceUid();
    List<Path> dashboards;
    try (var files = Files.list(DASHBOARDS)) {
      dashboards = files.filter(p -> p.toString().endsWith(".json")).toList();
    }
    assertThat(dashboards).isNotEmpty();
    for (Path file : dashboards) {
      JsonNode dashboard = json.readTree(file.toFile());
      assertThat(dashboard.path("uid").asText()).as("%s has a uid", file).isNotBlank();
      JsonNode panels = dashboard.path("panels");
      assertThat(panels.size()).as("%s has panels", file).isPositive();
      Set<String> used = new TreeSet<>();
      for (JsonNode panel : panels) {
        assertThat(panel.path("targets").size())
            .as("panel %s has queries", panel.path("title"))
            .isPositive();
        for (JsonNode target : panel.path("targets")) {
          String uid =
              target
                  .path("datasource")
                  .path("uid")
                  .asText(panel.path("datasource").path("uid").asText());
          assertThat(uid)
              .as("panel %s uses the provisioned data source", panel.path("title"))
              .isEqualTo(datasourceUid);
          Set<String> names = PromQl.metricNames(target.path("expr").asText());
          assertThat(names).as("metrics in %s", target.path("expr")).isNotEmpty();
          used.addAll(names);
        }
      }
      assertThat(used)
          .as("%s shows the issue's metrics", file)
          .contains(
              "newsflow_articles_ingested_total",
              "kafka_consumer_fetch_manager_records_lag",
              "newsflow_end_to_end_seconds_bucket",
              "newsflow_dead_letters_total",
              "newsflow_entities_total",
              "newsflow_article_sentiment_thousandths_bucket",
              "newsflow_stream_state");
      assertThat(used)
          .allSatisfy(
              name ->
                  assertThat(doc.documentsSeries(name))
                      .as("%s is in %s", name, MetricsDoc.PATH)
                      .isTrue());
    }
  }

  @Test
  void promQlNamesAreFoundAmongFunctionsLabelsAndStrings() {
    assertThat(
            PromQl.metricNames(
                "histogram_quantile(0.95, sum by (le) (rate(a_bucket{job=\"x\", topic=~\"news\\\\..*\"}[5m]))) / on(instance) b_total offset 5m > 1e3"))
        .containsExactlyInAnyOrder("a_bucket", "b_total");
    assertThat(PromQl.metricNames("sum without (le, instance) (increase(c[10m])) and bool d"))
        .containsExactlyInAnyOrder("c", "d");
  }

  private static String datasourceUid() throws IOException {
    String text;
    try (var files = Files.list(DATASOURCES)) {
      Path file =
          files
              .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
              .findFirst()
              .orElseThrow();
      text = Files.readString(file);
    }
    Matcher uid = Pattern.compile("(?m)^\\s+uid:\\s*(\\S+)").matcher(text);
    assertThat(uid.find()).as("the provisioned data source has a uid").isTrue();
    assertThat(text).contains("type: prometheus", "url: http://prometheus:9090");
    return uid.group(1);
  }
}
