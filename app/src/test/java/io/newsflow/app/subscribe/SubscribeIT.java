package io.newsflow.app.subscribe;

import static io.newsflow.app.subscribe.TestArticles.article;
import static io.newsflow.app.subscribe.TestArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.app.broker.EmbeddedBroker;
import io.newsflow.app.cli.Newsflow;
import io.newsflow.app.kafka.TopicSetup;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.EntityType;
import io.newsflow.common.json.Json;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.kafka.Topics;
import io.newsflow.testkit.EnrichedSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code newsflow subscribe} against a real broker holding a few enriched articles. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SubscribeIT {
  private static EmbeddedBroker broker;

  private static final EnrichedArticle BLINKEN_IN_GEORGIA =
      article(
          "a1",
          -0.35,
          entity("Antony Blinken", EntityType.PERSON, "Antony Blinken", "Blinken"),
          entity("Georgia", EntityType.LOCATION, "Georgia"));
  private static final EnrichedArticle NATO_AND_UKRAINE =
      article(
          "a2",
          0.4,
          entity("NATO", EntityType.ORGANIZATION, "NATO"),
          entity("Ukraine", EntityType.LOCATION, "Ukraine"));
  private static final EnrichedArticle GEORGIA_THE_PERSON =
      article("a3", 0.0, entity("Georgia", EntityType.PERSON, "Georgia"));
  private static final EnrichedArticle NO_ENTITIES = article("a4", 0.01);
  private static final EnrichedArticle MERKEL =
      article("a5", 0.2, entity("Angela Merkel", EntityType.PERSON, "Merkel"));
  private static final EnrichedArticle ABORTED =
      article("a6", -0.9, entity("Antony Blinken", EntityType.PERSON, "Blinken"));
  private static final String NINJS =
      "{\"uri\":\"urn:x\",\"headline\":\"not an enriched article\"}";

  @BeforeAll
  static void startBrokerAndProduceArticles() throws Exception {
    broker = EmbeddedBroker.start();
    KafkaSettings settings = KafkaSettings.local(broker.bootstrapServers());
    List<String> created = new TopicSetup(settings).createAll(2, (short) 1, Duration.ofSeconds(30));
    assertThat(created).contains(Topics.DOWNSTREAM);

    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "subscribe-it");
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
      producer.initTransactions();
      producer.beginTransaction();
      send(producer, "a1", Json.line(BLINKEN_IN_GEORGIA));
      send(producer, "a2", Json.line(NATO_AND_UKRAINE));
      send(producer, "a3", Json.line(GEORGIA_THE_PERSON));
      send(producer, "a4", Json.line(NO_ENTITIES));
      send(producer, "a5", Json.writer().withDefaultPrettyPrinter().writeValueAsString(MERKEL));
      send(producer, "x", "this is not JSON");
      send(producer, "n", NINJS);
      producer.commitTransaction();

      producer.beginTransaction();
      send(producer, "a6", Json.line(ABORTED));
      producer.flush();
      producer.abortTransaction();
    }
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void withoutCriteriaEveryCommittedJsonObjectIsPrintedOneALine() throws IOException {
    List<String> lines = subscribe("--timeout", "2s");
    assertThat(ids(lines)).containsExactlyInAnyOrder("a1", "a2", "a3", "a4", "a5", "urn:x");
    assertThat(lines)
        .as("the original JSON, unchanged")
        .contains(Json.line(BLINKEN_IN_GEORGIA), NINJS);
    for (String line : lines) {
      assertThat(Json.tree(line).isObject()).isTrue();
    }
    lines.stream().filter(line -> !line.equals(NINJS)).forEach(EnrichedSchema::assertValid);
  }

  @Test
  void anEntityMatchesByAnyMentionIgnoringCase() {
    assertThat(ids(subscribe("--entity", "blinken", "--timeout", "2s"))).containsExactly("a1");
  }

  @Test
  void repeatedEntitiesMatchAnyOfThem() {
    assertThat(ids(subscribe("--entity", "NATO", "--entity", "Angela Merkel", "--timeout", "2s")))
        .containsExactlyInAnyOrder("a2", "a5");
  }

  @Test
  void aTypeMatchesAnyEntityOfThatType() {
    assertThat(ids(subscribe("--type", "location", "--timeout", "2s")))
        .containsExactlyInAnyOrder("a1", "a2");
  }

  @Test
  void anEntityWithATypeWantsOneEntityThatIsBoth() {
    assertThat(ids(subscribe("--entity", "Georgia", "--type", "PER", "--timeout", "2s")))
        .containsExactly("a3");
  }

  @Test
  void sentimentMatchesTheArticleLabel() {
    assertThat(ids(subscribe("--sentiment", "positive", "--timeout", "2s")))
        .containsExactlyInAnyOrder("a2", "a5");
    assertThat(ids(subscribe("--sentiment", "NEUTRAL", "--timeout", "2s")))
        .containsExactlyInAnyOrder("a3", "a4");
  }

  @Test
  void maxStopsAfterThatManyMatches() {
    // no --timeout: only --max can end this run (the class's @Timeout guards against a hang)
    assertThat(subscribe("--max", "2")).hasSize(2);
  }

  @Test
  void aMissingTopicIsReportedAndWaitedFor() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Newsflow.execute(
            Map.of(),
            new PrintWriter(out),
            new PrintWriter(err),
            "subscribe",
            "--bootstrap-servers",
            broker.bootstrapServers(),
            "--topic",
            "no.such.topic",
            "--timeout",
            "1s");
    assertThat(code).isZero();
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains("no.such.topic does not exist yet");
  }

  private static List<String> subscribe(String... options) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> args =
        new ArrayList<>(
            List.of(
                "subscribe", "--bootstrap-server", broker.bootstrapServers(), "--from-beginning"));
    args.addAll(List.of(options));
    int code =
        Newsflow.execute(
            Map.of(), new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).isEmpty();
    return out.toString().lines().toList();
  }

  private static List<String> ids(List<String> lines) {
    return lines.stream()
        .map(
            line -> {
              try {
                JsonNode tree = Json.tree(line);
                return tree.has("id") ? tree.get("id").asText() : tree.get("uri").asText();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .toList();
  }

  private static void send(KafkaProducer<String, byte[]> producer, String key, String value) {
    producer.send(
        new ProducerRecord<>(Topics.DOWNSTREAM, key, value.getBytes(StandardCharsets.UTF_8)));
  }
}
