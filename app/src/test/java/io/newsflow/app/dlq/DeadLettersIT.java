package io.newsflow.app.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.app.PackagedCommandLine;
import io.newsflow.app.broker.EmbeddedBroker;
import io.newsflow.app.cli.Newsflow;
import io.newsflow.app.kafka.TopicSetup;
import io.newsflow.common.json.Json;
import io.newsflow.common.kafka.DeadLetters;
import io.newsflow.common.kafka.KafkaSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dead letters as users meet them, on a real broker: ingest's exit code when input is rejected,
 * {@code subscribe --topic news.dlq}, and {@code dlq} listing and replaying. Each test names its
 * own topics (newsflow.topic.* in a --config file), so they share one broker and not their data.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class DeadLettersIT {
  private static EmbeddedBroker broker;

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedBroker.start();
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void ingestExits3WhenInputWasRejectedAndStillSumsUp(@TempDir Path tmp) throws Exception {
    PackagedCommandLine.assumePackaged();
    Path config = topics(tmp, "ingest");
    Path good = Files.createDirectories(tmp.resolve("good"));
    Files.writeString(
        good.resolve("a.txt"), "Floods close roads\n\nRivers rose overnight in the north.\n");
    Path mixed = Files.createDirectories(tmp.resolve("mixed"));
    Files.writeString(
        mixed.resolve("a.txt"), "Floods close roads\n\nRivers rose overnight in the north.\n");
    Files.writeString(mixed.resolve("b.json"), "{\"headline\": ");

    Ran allGood =
        newsflow(
            tmp,
            "ingest",
            "--from",
            good.toString(),
            "--metrics-port",
            "0",
            "--config",
            config.toString());
    assertThat(allGood.code()).as(allGood.err()).isZero();
    assertThat(allGood.out().strip()).isEqualTo("produced 1, rejected 0");

    Ran someRejected =
        newsflow(
            tmp,
            "ingest",
            "--from",
            mixed.toString(),
            "--metrics-port",
            "0",
            "--config",
            config.toString());
    assertThat(someRejected.code()).as(someRejected.err()).isEqualTo(3);
    assertThat(someRejected.out().strip()).isEqualTo("produced 1, rejected 1");
    assertThat(someRejected.err())
        .contains("1 input was not articles", "ingest-test.dlq", "newsflow dlq");

    Path bad = Files.createDirectories(tmp.resolve("bad"));
    Files.writeString(bad.resolve("b.json"), "[1, 2");
    Ran allRejected =
        newsflow(
            tmp,
            "ingest",
            "--from",
            bad.toString(),
            "--metrics-port",
            "0",
            "--config",
            config.toString());
    assertThat(allRejected.code()).as(allRejected.err()).isEqualTo(3);
    assertThat(allRejected.out().strip()).isEqualTo("produced 0, rejected 1");
  }

  @Test
  void subscribeToTheDeadLetterTopicShowsEveryLetterAsJson(@TempDir Path tmp) throws Exception {
    PackagedCommandLine.assumePackaged();
    Path config = topics(tmp, "subscribe");
    String dlq = "subscribe-test.dlq";
    createTopics(dlq);
    byte[] notJson = "<html>not an article</html>".getBytes(StandardCharsets.UTF_8);
    produce(
        List.of(
            letter(
                dlq,
                null,
                notJson,
                DeadLetters.rejected("ingest", "no article format matched: html", "/in/page.html")),
            letter(
                dlq,
                "k1",
                "{\"headline\": ".getBytes(StandardCharsets.UTF_8),
                DeadLetters.headers(
                    null,
                    "enrich",
                    "not an article in JSON: end of input",
                    "subscribe-test.raw",
                    2,
                    41))));

    Ran ran =
        newsflow(
            tmp,
            "subscribe",
            "--topic",
            dlq,
            "--from-beginning",
            "--timeout",
            "3s",
            "--config",
            config.toString());
    assertThat(ran.code()).as(ran.err()).isZero();
    assertThat(ran.err()).doesNotContain("skipping", "not JSON");
    List<JsonNode> lines = new ArrayList<>();
    for (String line : ran.out().lines().toList()) {
      lines.add(Json.tree(line));
    }
    assertThat(lines).hasSize(2);
    JsonNode ingest =
        lines.stream()
            .filter(l -> l.path("stage").asText().equals("ingest"))
            .findFirst()
            .orElseThrow();
    assertThat(ingest.path("reason").asText()).isEqualTo("no article format matched: html");
    assertThat(ingest.path("origin").path("source").asText()).isEqualTo("/in/page.html");
    assertThat(ingest.path("size").asInt()).isEqualTo(notJson.length);
    assertThat(ingest.path("original").asText()).isEqualTo("<html>not an article</html>");
    JsonNode enrich =
        lines.stream()
            .filter(l -> l.path("stage").asText().equals("enrich"))
            .findFirst()
            .orElseThrow();
    assertThat(enrich.path("origin").path("topic").asText()).isEqualTo("subscribe-test.raw");
    assertThat(enrich.path("origin").path("partition").asInt()).isEqualTo(2);
    assertThat(enrich.path("origin").path("offset").asLong()).isEqualTo(41);
    assertThat(enrich.path("key").asText()).isEqualTo("k1");
    assertThat(enrich.path("original").asText()).isEqualTo("{\"headline\": ");
  }

  @Test
  void dlqListsByStageAndReasonAndReplaysTheChosenLettersOnce(@TempDir Path tmp) throws Exception {
    Path config = topics(tmp, "replay");
    String dlq = "replay-test.dlq";
    String raw = "replay-test.raw";
    String enriched = "replay-test.enriched";
    createTopics(dlq, raw, enriched);
    byte[] first = "{\"headline\": \"one\", \"body\": 1".getBytes(StandardCharsets.UTF_8);
    byte[] second = "{\"headline\": \"two\"".getBytes(StandardCharsets.UTF_8);
    byte[] tooBig = "{\"schema\": \"newsflow.enriched/1\"}".getBytes(StandardCharsets.UTF_8);
    byte[] rejected = "\u0000\u0001 binary".getBytes(StandardCharsets.UTF_8);
    produce(
        List.of(
            letter(
                dlq,
                "k1",
                first,
                DeadLetters.headers(null, "enrich", "not an article in JSON: line 1", raw, 0, 5)),
            letter(
                dlq,
                "k2",
                second,
                DeadLetters.headers(null, "enrich", "not an article in JSON: line 2", raw, 1, 9)),
            letter(
                dlq,
                "k3",
                tooBig,
                DeadLetters.headers(null, "sink", "record too large: 9 MB", enriched, 0, 3)),
            letter(
                dlq, null, rejected, DeadLetters.rejected("ingest", "unknown format", "stdin"))));
    produceAborted(
        letter(
            dlq,
            "k9",
            second,
            DeadLetters.headers(null, "enrich", "not an article in JSON", raw, 0, 7)));

    Ran list = run("dlq", "--config", config.toString(), "--timeout", "20s");
    assertThat(list.code()).as(list.err()).isZero();
    assertThat(list.out())
        .containsPattern("\\s2\\s+enrich\\s+not an article in JSON\\n")
        .containsPattern("\\s1\\s+sink\\s+record too large\\n")
        .containsPattern("\\s1\\s+ingest\\s+unknown format\\n")
        .contains("from " + raw + " partition 0 offset 5", "from stdin")
        .containsPattern("\\s4\\s+dead letters in " + dlq)
        .doesNotContain("k9");
    Ran enrichOnly = run("dlq", "--stage", "enrich", "--config", config.toString());
    assertThat(enrichOnly.out()).contains("enrich").doesNotContain("sink", "ingest ");

    Ran replay = run("dlq", "replay", "--stage", "enrich", "--config", config.toString());
    assertThat(replay.code()).as(replay.err()).isZero();
    assertThat(replay.out().strip()).isEqualTo("replayed 2");
    assertThat(records(raw))
        .extracting(DeadLettersIT::keyAndValue)
        .containsExactlyInAnyOrder(
            "k1=" + new String(first, StandardCharsets.UTF_8),
            "k2=" + new String(second, StandardCharsets.UTF_8));

    Ran again = run("dlq", "replay", "--stage", "enrich", "--config", config.toString());
    assertThat(again.out().strip()).isEqualTo("replayed 0");
    assertThat(again.err()).contains("skipped 2 replayed before");
    assertThat(records(raw)).hasSize(2);

    Ran future =
        run("dlq", "replay", "--since", "2999-01-01T00:00:00Z", "--config", config.toString());
    assertThat(future.out().strip()).isEqualTo("replayed 0");

    Ran rest = run("dlq", "replay", "--config", config.toString());
    assertThat(rest.out().strip()).isEqualTo("replayed 2");
    assertThat(records(enriched))
        .extracting(DeadLettersIT::keyAndValue)
        .containsExactly("k3=" + new String(tooBig, StandardCharsets.UTF_8));
    assertThat(records(raw))
        .hasSize(3)
        .anySatisfy(
            r -> {
              assertThat(r.key()).isNull();
              assertThat(r.value()).isEqualTo(rejected);
            });
    assertThat(run("dlq", "replay", "--config", config.toString()).out().strip())
        .isEqualTo("replayed 0");
    assertThat(records(raw)).hasSize(3);
    assertThat(records(enriched)).hasSize(1);
  }

  @Test
  void badChoicesAreUsageErrors() {
    Ran since = run("dlq", "replay", "--since", "yesterday-ish");
    assertThat(since.code()).isEqualTo(2);
    assertThat(since.err()).contains("--since", "neither an instant");
    assertThat(run("dlq", "--timeout", "0s").code()).isEqualTo(2);
  }

  // --- helpers

  record Ran(int code, String out, String err) {}

  private static Ran run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Newsflow.execute(Map.of(), new PrintWriter(out), new PrintWriter(err), args);
    return new Ran(code, out.toString(), err.toString());
  }

  private static Ran newsflow(Path tmp, String... args) throws IOException, InterruptedException {
    Path err = Files.createTempFile(tmp, "stderr-", ".txt");
    Process process =
        new ProcessBuilder(PackagedCommandLine.command(tmp, "384m", args))
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    try {
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("%s ended", List.of(args)).isTrue();
      return new Ran(process.exitValue(), out, Files.readString(err));
    } finally {
      process.destroyForcibly();
    }
  }

  /** A --config file naming this test's topics and the broker. */
  private static Path topics(Path tmp, String prefix) throws IOException {
    return Files.write(
        tmp.resolve(prefix + ".properties"),
        List.of(
            "newsflow.bootstrap.servers=" + broker.bootstrapServers(),
            "newsflow.topic.raw=" + prefix + "-test.raw",
            "newsflow.topic.enriched=" + prefix + "-test.enriched",
            "newsflow.topic.downstream=" + prefix + "-test.downstream",
            "newsflow.topic.dlq=" + prefix + "-test.dlq",
            "newsflow.topic.entity-trends=" + prefix + "-test.entity-trends"));
  }

  private static KafkaSettings settings() {
    return KafkaSettings.local(broker.bootstrapServers());
  }

  private static void createTopics(String... names) {
    new TopicSetup(settings()).create(List.of(names), 2, (short) 1, Duration.ofSeconds(30));
  }

  private static ProducerRecord<byte[], byte[]> letter(
      String topic, String key, byte[] value, Headers headers) {
    return new ProducerRecord<>(
        topic, null, key == null ? null : key.getBytes(StandardCharsets.UTF_8), value, headers);
  }

  private static KafkaProducer<byte[], byte[]> producer(Map<String, Object> more) {
    Map<String, Object> config = new java.util.HashMap<>(more);
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
  }

  private static void produce(List<ProducerRecord<byte[], byte[]>> records) throws Exception {
    try (KafkaProducer<byte[], byte[]> producer = producer(Map.of())) {
      for (ProducerRecord<byte[], byte[]> record : records) {
        producer.send(record).get(30, TimeUnit.SECONDS);
      }
    }
  }

  /** A letter in a transaction that is aborted: never listed, never replayed. */
  private static void produceAborted(ProducerRecord<byte[], byte[]> record) {
    try (KafkaProducer<byte[], byte[]> producer =
        producer(Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "dead-letters-it-aborted"))) {
      producer.initTransactions();
      producer.beginTransaction();
      producer.send(record);
      producer.flush();
      producer.abortTransaction();
    }
  }

  private static List<ConsumerRecord<byte[], byte[]>> records(String topic) {
    List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
    new TopicReader(settings()).readAll(topic, Duration.ofSeconds(30), all::add);
    return all;
  }

  private static String keyAndValue(ConsumerRecord<byte[], byte[]> r) {
    return (r.key() == null ? "" : new String(r.key(), StandardCharsets.UTF_8))
        + "="
        + new String(r.value(), StandardCharsets.UTF_8);
  }
}
