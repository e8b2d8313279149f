package io.newsflow.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.app.broker.EmbeddedBroker;
import io.newsflow.app.kafka.TopicSetup;
import io.newsflow.common.config.Config;
import io.newsflow.common.json.Json;
import io.newsflow.common.kafka.DeadLetters;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.kafka.StreamsService;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.EnrichSettings;
import io.newsflow.ingest.IngestSummary;
import io.newsflow.ingest.Ingestor;
import io.newsflow.ingest.format.ArticleReader;
import io.newsflow.ingest.source.SourceItem;
import io.newsflow.sink.SinkService;
import io.newsflow.sink.SinkSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a real broker: N inputs, some of them malformed at ingest and some
 * malformed on the raw topic, and every one is either delivered downstream exactly once or sits in
 * the dead-letter topic with its reason. Nothing lost, nothing twice.
 */
class PipelineIT {
  private static final String[] PEOPLE = {
    "Maria Lopez", "Henrik Dahl", "Aiko Tanaka", "Samuel Okafor", "Clara Weiss"
  };
  private static final String[] PLACES = {
    "Lisbon", "Oslo", "Nairobi", "Osaka", "Toronto", "Krakow"
  };
  private static final String[] BODIES = {
    "the European Commission", "the World Bank", "Siemens", "the United Nations"
  };

  @Test
  void everyRecordIsDeliveredOnceOrDeadLetteredWithItsReason(@TempDir Path tmp) throws Exception {
    try (EmbeddedBroker broker = EmbeddedBroker.start(0, tmp.resolve("broker"))) {
      Config config =
          new Config(
              Map.of(
                  KafkaSettings.BOOTSTRAP_SERVERS,
                  broker.bootstrapServers(),
                  "newsflow.enrich.application.id",
                  "it-enrich-" + UUID.randomUUID(),
                  "newsflow.sink.application.id",
                  "it-sink-" + UUID.randomUUID(),
                  "newsflow.enrich.state.dir",
                  tmp.resolve("enrich").toString(),
                  "newsflow.sink.state.dir",
                  tmp.resolve("sink").toString(),
                  // this test is about sizes, not time: on a loaded two-core machine the 700 KB
                  // article took longer than the default 5 s budget and was rightly dead-lettered
                  EnrichSettings.ARTICLE_BUDGET,
                  "60s"),
              Map.of(),
              Map.of());
      KafkaSettings kafka = KafkaSettings.from(config);
      new TopicSetup(kafka).createAll(3, (short) 1, Duration.ofSeconds(30));

      SimpleMeterRegistry registry = new SimpleMeterRegistry();
      Clock clock = Clock.systemUTC();
      List<String> validIds = new ArrayList<>();
      int sent = 0;
      try (StreamsService enrich =
              EnrichService.create(
                  EnrichSettings.from(config), ArticleEnricher.withModels(clock), registry);
          StreamsService sink = SinkService.create(SinkSettings.from(config), registry, clock);
          Ingestor ingestor =
              new Ingestor(kafka, new ArticleReader(), new PipelineMetrics(registry))) {
        enrich.start();
        sink.start();

        // 31 articles and 5 inputs that are not articles, through the real ingest path
        for (int i = 0; i < 30; i++) {
          String id = "it-" + i;
          validIds.add(id);
          ingestor.accept(new SourceItem("it", "it#" + i, article(id, i)));
          sent++;
        }
        // near the 1 MiB input limit: its enriched form, with every mention, is several MB
        String longBody =
            ("Clara Weiss met officials of the World Bank in Oslo and Nairobi to discuss loans. ")
                .repeat(9_000);
        validIds.add("it-long");
        ingestor.accept(
            new SourceItem(
                "it",
                "it#long",
                bytes(
                    Json.line(
                        Map.of(
                            "id",
                            "it-long",
                            "headline",
                            "A very long report",
                            "body",
                            longBody)))));
        sent++;

        List<byte[]> notArticles =
            List.of(
                bytes("{\"headline\": \"Cut off in the midd"),
                bytes("{\"id\": \"x\", \"headline\": \"\", \"body\": \"   \"}"),
                bytes("{}"),
                new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe},
                bytes("x".repeat(1_200_000)));
        for (byte[] input : notArticles) {
          ingestor.accept(new SourceItem("it", "it#bad", input));
          sent++;
        }
        IngestSummary summary = ingestor.flush();
        assertThat(summary.produced()).isEqualTo(31);
        assertThat(summary.rejected()).isEqualTo(5);

        // 5 records on the raw topic that no ingest would write: other producers may
        try (KafkaProducer<String, byte[]> raw =
            new KafkaProducer<>(
                kafka.properties(Map.of()), new StringSerializer(), new ByteArraySerializer())) {
          String topic = kafka.topics().raw().name();
          raw.send(new ProducerRecord<>(topic, "raw-1", bytes("not json at all")));
          raw.send(
              new ProducerRecord<>(
                  topic, "raw-2", bytes("{\"id\":\"raw-2\",\"headline\":\"\",\"body\":\"\"}")));
          raw.send(
              new ProducerRecord<>(
                  topic, "raw-3", bytes("{\"headline\":\"No id here\",\"body\":\"Some text.\"}")));
          raw.send(new ProducerRecord<>(topic, "raw-4", (byte[]) null));
          raw.send(new ProducerRecord<>(topic, "raw-5", bytes("[1, 2, 3]")));
          raw.flush();
          sent += 5;
        }

        Map<String, Integer> delivered = new HashMap<>();
        List<ConsumerRecord<byte[], byte[]>> deadLetters = new ArrayList<>();
        int total = sent;
        try (KafkaConsumer<String, byte[]> downstream =
                consumer(kafka, kafka.topics().downstream().name(), new StringDeserializer());
            KafkaConsumer<byte[], byte[]> dlq =
                consumer(kafka, kafka.topics().deadLetters().name(), new ByteArrayDeserializer())) {
          long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
          long quietUntil = Long.MAX_VALUE;
          while (System.nanoTime() < Math.min(deadline, quietUntil)) {
            for (ConsumerRecord<String, byte[]> r : downstream.poll(Duration.ofMillis(200))) {
              JsonNode article = Json.tree(new String(r.value(), StandardCharsets.UTF_8));
              EnrichedArticleContract.check(article);
              assertThat(r.key()).isEqualTo(article.path("id").asText());
              delivered.merge(r.key(), 1, Integer::sum);
            }
            dlq.poll(Duration.ofMillis(200)).forEach(deadLetters::add);
            int seen =
                delivered.values().stream().mapToInt(Integer::intValue).sum() + deadLetters.size();
            if (seen >= total && quietUntil == Long.MAX_VALUE) {
              quietUntil =
                  System.nanoTime()
                      + Duration.ofSeconds(5).toNanos(); // anything more would be a duplicate
            }
          }
        }

        assertThat(delivered.keySet())
            .as(
                () ->
                    "delivered; the dead letters' reasons: "
                        + deadLetters.stream()
                            .map(l -> DeadLetters.header(l.headers(), DeadLetters.REASON))
                            .toList())
            .containsExactlyInAnyOrderElementsOf(validIds);
        assertThat(delivered.values()).as("each delivered exactly once").containsOnly(1);
        assertThat(deadLetters).hasSize(10);
        for (ConsumerRecord<byte[], byte[]> letter : deadLetters) {
          assertThat(DeadLetters.header(letter.headers(), DeadLetters.REASON)).isNotBlank();
          assertThat(DeadLetters.header(letter.headers(), DeadLetters.STAGE)).isNotBlank();
        }
        assertThat(
                deadLetters.stream()
                    .filter(
                        l -> "ingest".equals(DeadLetters.header(l.headers(), DeadLetters.STAGE))))
            .hasSize(5);
        assertThat(
                deadLetters.stream()
                    .filter(
                        l ->
                            kafka
                                .topics()
                                .raw()
                                .name()
                                .equals(DeadLetters.header(l.headers(), DeadLetters.SOURCE_TOPIC))))
            .as("dead-lettered by enrich, naming the raw topic they came from")
            .hasSize(5);
        assertThat(delivered.size() + deadLetters.size()).isEqualTo(sent);
        assertThat(registry.get(PipelineMetrics.DELIVERED).counter().count())
            .isGreaterThanOrEqualTo(31);
      }
    }
  }

  private static byte[] article(String id, int i) {
    String person = PEOPLE[i % PEOPLE.length];
    String place = PLACES[i % PLACES.length];
    String body = BODIES[i % BODIES.length];
    String text =
        person
            + " arrived in "
            + place
            + " on Tuesday for talks with "
            + body
            + " about story number "
            + i
            + ". Officials said the meeting was constructive, though "
            + person.split(" ")[1]
            + " warned that the hardest questions remained open.";
    return bytes(
        Json.line(Map.of("id", id, "headline", person + " holds talks in " + place, "body", text)));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static <K> KafkaConsumer<K, byte[]> consumer(
      KafkaSettings kafka,
      String topic,
      org.apache.kafka.common.serialization.Deserializer<K> keys) {
    KafkaConsumer<K, byte[]> consumer =
        new KafkaConsumer<>(
            kafka.properties(
                Map.of(
                    ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")),
            keys,
            new ByteArrayDeserializer());
    consumer.subscribe(List.of(topic));
    return consumer;
  }
}
