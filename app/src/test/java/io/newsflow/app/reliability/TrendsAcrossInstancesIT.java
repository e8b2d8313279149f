package io.newsflow.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.app.PackagedCommandLine;
import io.newsflow.app.reliability.NewsflowProcesses.Running;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two enrich processes share the partitions of one broker; {@code GET /trends} on either gives the
 * same counts, the counts of the enriched articles as this test adds them up itself (copies left
 * out), though neither instance holds every partition.
 */
class TrendsAcrossInstancesIT {
  private static final Duration BOUND = Duration.ofSeconds(120);
  private static final String COURT =
      "A court in The Hague on Friday blocked Shell from building a gas pipeline. Judge Marieke Vos"
          + " said Shell had ignored the law.";
  private static final String SOLAR =
      "Kenya opened a solar plant near Nairobi on Monday. President William Ruto said Kenya would"
          + " build more.";
  private static final String BANK =
      "The Bank of Japan kept rates unchanged in Tokyo. Governor Kazuo Ueda said the bank would"
          + " wait.";
  private static final String JETS =
      "Airbus delivered more jets from Toulouse this month, chief executive Guillaume Faury said.";
  // each story its own text: the same body under another headline is a near-copy, not counted
  private static final String COURT_APPEAL =
      "Shell said on Tuesday it would appeal against the ruling, which lawyers called a first for"
          + " an energy company in the Netherlands.";
  private static final String COURT_REACTION =
      "Environmental groups cheered outside the courthouse as Shell shares slipped two percent in"
          + " Amsterdam trading.";
  private static final String SOLAR_GRID =
      "Engineers connected a second solar farm in Kenya to the national grid, officials in Nairobi"
          + " told reporters.";
  private static final String BANK_LATER =
      "Bank of Japan officials hinted at a rise in the spring, and the yen firmed in Tokyo trading"
          + " after the remarks.";
  private static final String JETS_LATER =
      "Airbus shares rose after the planemaker confirmed its delivery target, with Guillaume Faury"
          + " citing steadier engine supplies.";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  /** What was sent: id to article time, and the order. */
  private final Map<String, Instant> sentAt = new LinkedHashMap<>();

  @BeforeAll
  static void needsThePackagedJar() {
    PackagedCommandLine.assumePackaged();
  }

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void eitherInstanceAnswersTheCountsOfAll(@TempDir Path tmp) throws Exception {
    try (NewsflowProcesses processes = new NewsflowProcesses(tmp)) {
      String bootstrap =
          processes.start("broker", "384m", "broker", "--port", "0").awaitReady(BOUND);
      int[] httpPorts = {NewsflowProcesses.freePort(), NewsflowProcesses.freePort()};
      List<Running> enrich = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        int metricsPort = NewsflowProcesses.freePort();
        Running instance =
            processes.start(
                "enrich-" + (i + 1),
                "320m",
                "enrich",
                "--bootstrap-servers",
                bootstrap,
                "--metrics-port",
                String.valueOf(metricsPort),
                "--http-port",
                String.valueOf(httpPorts[i]));
        processes.awaitHealthy(instance, metricsPort, BOUND);
        enrich.add(instance);
      }

      // a window series of the past, so that nothing runs into the present while it is counted
      Instant base = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));
      try (KafkaProducer<String, byte[]> producer = producer(bootstrap);
          KafkaConsumer<String, String> enriched = consumer(bootstrap)) {
        Map<String, EnrichedArticle> out = new HashMap<>();
        // in phases, each waited for, so that no count arrives after its window has closed
        send(producer, "early", "Early report", COURT, base.minusSeconds(120));
        awaitEnriched(enriched, out);
        send(producer, "a", "Report one", COURT_APPEAL, base.plusSeconds(60));
        send(producer, "b", "Solar", SOLAR, base.plusSeconds(90));
        send(producer, "c", "Rates", BANK, base.plusSeconds(120));
        send(producer, "d", "Report two", COURT_REACTION, base.plusSeconds(150));
        send(producer, "b-copy", "Solar", SOLAR, base.plusSeconds(180)); // not counted
        send(producer, "e", "Jets", JETS, base.plusSeconds(210));
        send(producer, "f", "Solar again", SOLAR_GRID, base.plusSeconds(240));
        awaitEnriched(enriched, out);
        send(producer, "g", "Rates later", BANK_LATER, base.plusSeconds(360));
        send(producer, "h", "Jets later", JETS_LATER, base.plusSeconds(420));
        awaitEnriched(enriched, out);
        assertThat(out.get("b-copy").duplicateOf()).as("the copy is marked").isEqualTo("b");

        // by hand: "a" and "d" name Shell, "b" and "f" Kenya ("b-copy" does not count), and the
        // hour
        // before also has "early"
        assertThat(articlesIn(httpPorts[1], "5m", base.plusSeconds(120), out))
            .containsEntry("Shell", 2L)
            .containsEntry("Kenya", 2L);
        assertThat(articlesIn(httpPorts[0], "1h", base.plusSeconds(120), out))
            .containsEntry("Shell", 3L)
            .containsEntry("Kenya", 2L);
        for (String query :
            List.of(
                "window=5m&at=" + base.plusSeconds(120),
                "window=5m&at=" + base.plusSeconds(360),
                "window=1h&at=" + base.plusSeconds(120),
                "window=1h&at=" + base.plusSeconds(420))) {
          String url = "/trends?top=100&" + query;
          JsonNode first = awaitAnswer(httpPorts[0], url, expected(url, out));
          JsonNode second = awaitAnswer(httpPorts[1], url, expected(url, out));
          assertThat(second).as("the same on both instances: %s", url).isEqualTo(first);
          System.out.println("TrendsAcrossInstancesIT " + url + " -> " + first);
        }
        assertThat(expected("/trends?window=5m&at=" + base.plusSeconds(120), out).size())
            .as("entities to count")
            .isGreaterThan(3);
      }

      // neither holds every partition, so the answers above came from both
      for (int port : httpPorts) {
        assertThat(status(port, "/trends?partitions=0,1,2"))
            .as("port %d has all trend partitions", port)
            .isEqualTo(503);
      }
      assertThat(status(httpPorts[0], "/trends?window=2h")).isEqualTo(400);
      assertThat(enrich).allSatisfy(e -> assertThat(e.process.isAlive()).isTrue());
    }
  }

  /** Articles per entity name in the window of {@code window} holding {@code at}. */
  private Map<String, Long> articlesIn(
      int port, String window, Instant at, Map<String, EnrichedArticle> out) throws Exception {
    String url = "/trends?window=" + window + "&at=" + at;
    Map<String, Long> articles = new HashMap<>();
    awaitAnswer(port, url, expected(url, out))
        .get("entities")
        .forEach(e -> articles.put(e.get("name").asText(), e.get("articles").asLong()));
    return articles;
  }

  /** The counts of the enriched articles in the window the query names, most articles first. */
  private List<Map<String, Object>> expected(String url, Map<String, EnrichedArticle> out) {
    boolean hour = url.contains("window=1h");
    Instant at = Instant.parse(url.substring(url.indexOf("at=") + 3));
    long step = Duration.ofMinutes(5).toMillis();
    Instant end = Instant.ofEpochMilli((at.toEpochMilli() / step + 1) * step);
    Instant start = end.minus(hour ? Duration.ofHours(1) : Duration.ofMinutes(5));
    Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
    sentAt.forEach(
        (id, time) -> {
          EnrichedArticle article = out.get(id);
          if (time.isBefore(start) || !time.isBefore(end) || article.duplicateOf() != null) {
            return;
          }
          for (Entity e : article.entities()) {
            Map<String, Object> row =
                byId.computeIfAbsent(
                    e.id(),
                    k ->
                        new LinkedHashMap<>(
                            Map.of(
                                "id",
                                k,
                                "name",
                                e.name(),
                                "type",
                                e.type().name(),
                                "articles",
                                0L,
                                "mentions",
                                0L)));
            row.put("articles", (long) row.get("articles") + 1);
            row.put("mentions", (long) row.get("mentions") + e.mentions().size());
          }
        });
    return byId.values().stream()
        .sorted(
            Comparator.<Map<String, Object>>comparingLong(r -> -(long) r.get("articles"))
                .thenComparingLong(r -> -(long) r.get("mentions"))
                .thenComparing(r -> (String) r.get("id")))
        .toList();
  }

  /** The answer on {@code port}, once its entities are {@code expected} (the last one counted). */
  private JsonNode awaitAnswer(int port, String url, List<Map<String, Object>> expected)
      throws Exception {
    JsonNode wanted = Json.tree(Json.line(expected));
    long end = System.nanoTime() + BOUND.toNanos();
    String last = "";
    while (System.nanoTime() < end) {
      HttpResponse<String> response = get(port, url);
      last = response.statusCode() + " " + response.body();
      if (response.statusCode() == 200) {
        JsonNode answer = Json.tree(response.body());
        if (answer.get("entities").equals(wanted)) {
          return answer;
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError(url + " on port " + port + ": wanted " + wanted + ", last " + last);
  }

  private int status(int port, String url) throws Exception {
    return get(port, url).statusCode();
  }

  private HttpResponse<String> get(int port, String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + url))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private void send(
      KafkaProducer<String, byte[]> producer, String id, String headline, String body, Instant at)
      throws Exception {
    String json =
        Json.line(Map.of("id", id, "source", "trends-it", "headline", headline, "body", body));
    producer
        .send(
            new ProducerRecord<>(
                "news.raw", null, at.toEpochMilli(), id, json.getBytes(StandardCharsets.UTF_8)))
        .get(30, TimeUnit.SECONDS);
    sentAt.put(id, at);
  }

  /** Reads {@code news.enriched} until every article sent so far is there. */
  private void awaitEnriched(
      KafkaConsumer<String, String> consumer, Map<String, EnrichedArticle> out) throws Exception {
    long end = System.nanoTime() + BOUND.toNanos();
    while (!out.keySet().containsAll(sentAt.keySet()) && System.nanoTime() < end) {
      for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
        out.put(record.key(), Json.reader(EnrichedArticle.class).readValue(record.value()));
      }
    }
    assertThat(out.keySet()).as("enriched").containsAll(sentAt.keySet());
  }

  private static KafkaProducer<String, byte[]> producer(String bootstrap) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
  }

  private static KafkaConsumer<String, String> consumer(String bootstrap) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "trends-it");
    KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    consumer.subscribe(List.of("news.enriched"));
    return consumer;
  }
}
