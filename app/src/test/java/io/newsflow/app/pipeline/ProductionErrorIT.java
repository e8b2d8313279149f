package io.newsflow.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.app.broker.EmbeddedBroker;
import io.newsflow.app.kafka.TopicSetup;
import io.newsflow.common.article.ArticleSentiment;
import io.newsflow.common.config.Config;
import io.newsflow.common.json.Json;
import io.newsflow.common.kafka.DeadLetterHandlers;
import io.newsflow.common.kafka.DeadLetters;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.kafka.StreamsService;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.EnrichSettings;
import io.newsflow.enrich.language.LanguageDetector;
import io.newsflow.enrich.sentiment.SentimentAnalyzer;
import io.newsflow.testkit.EnrichedSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
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
 * The production side of {@link DeadLetterHandlers} on a real broker: the enriched topic refuses an
 * article that is too large for it, and that article ends in the dead-letter topic with its reason
 * while the articles after it are enriched as usual.
 *
 * <p>It runs {@code at_least_once}. Under {@code exactly_once_v2}, newsflow's default, no handler
 * can do this: Kafka's transactional producer aborts the whole transaction on any record it fails
 * to write, the dead letter with it, and the task starts again from the same input, forever. There
 * the cure is not to send what the topic will refuse: newsflow's serdes refuse a value over the
 * record limit ({@code newsflow.max.record.bytes}), which the second test shows.
 */
class ProductionErrorIT {
  /** The enriched topic's limit here: far below an article of {@link #BIG_BODY} random letters. */
  private static final int ENRICHED_LIMIT = 64 * 1024;

  private static final int BIG_BODY = 400 * 1024;

  @Test
  void anArticleTheOutputTopicRefusesIsDeadLetteredAndTheStreamGoesOn(@TempDir Path tmp)
      throws Exception {
    try (EmbeddedBroker broker = EmbeddedBroker.start(0, tmp.resolve("broker"))) {
      Config config =
          new Config(
              Map.of(
                  KafkaSettings.BOOTSTRAP_SERVERS,
                  broker.bootstrapServers(),
                  "newsflow.enrich.application.id",
                  "it-enrich-" + UUID.randomUUID(),
                  "newsflow.enrich.processing.guarantee",
                  "at_least_once",
                  "newsflow.enrich.state.dir",
                  tmp.resolve("enrich").toString()),
              Map.of(),
              Map.of());
      KafkaSettings kafka = KafkaSettings.from(config);
      String enrichedTopic = kafka.topics().enriched().name();
      try (Admin admin = Admin.create(kafka.properties(Map.of()))) {
        admin
            .createTopics(
                List.of(
                    new NewTopic(enrichedTopic, Optional.of(1), Optional.empty())
                        .configs(Map.of("max.message.bytes", String.valueOf(ENRICHED_LIMIT)))))
            .all()
            .get();
      }
      new TopicSetup(kafka).createAll(1, (short) 1, Duration.ofSeconds(30));

      List<String> sent = new ArrayList<>();
      try (StreamsService enrich =
              EnrichService.create(
                  EnrichSettings.from(config), enricher(), new SimpleMeterRegistry());
          KafkaProducer<String, byte[]> raw =
              new KafkaProducer<>(
                  kafka.properties(Map.of("max.request.size", 4 * 1024 * 1024)),
                  new StringSerializer(),
                  new ByteArraySerializer())) {
        enrich.start();
        for (int i = 0; i < 10; i++) {
          String id = i == 4 ? "too-big" : "small-" + i;
          String body =
              i == 4
                  ? randomLetters(BIG_BODY)
                  : "A short report, number " + i + ", on the talks in Oslo.";
          raw.send(
              new ProducerRecord<>(
                  kafka.topics().raw().name(),
                  id,
                  Json.line(Map.of("id", id, "headline", "Report " + i, "body", body))
                      .getBytes(StandardCharsets.UTF_8)));
          sent.add(id);
        }
        raw.flush();

        Set<String> enriched = new HashSet<>();
        List<ConsumerRecord<byte[], byte[]>> deadLetters = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> out =
                consumer(kafka, enrichedTopic, new StringDeserializer());
            KafkaConsumer<byte[], byte[]> dlq =
                consumer(kafka, kafka.topics().deadLetters().name(), new ByteArrayDeserializer())) {
          long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
          while (System.nanoTime() < deadline
              && (enriched.size() < sent.size() - 1 || deadLetters.isEmpty())) {
            out.poll(Duration.ofMillis(200)).forEach(r -> enriched.add(checkedKey(r)));
            dlq.poll(Duration.ofMillis(200)).forEach(deadLetters::add);
          }
        }

        assertThat(enriched)
            .as("every other article, the ones after it too")
            .containsExactlyInAnyOrderElementsOf(
                sent.stream().filter(id -> !id.equals("too-big")).toList());
        // at least once: the refusal may come twice, and so may its dead letter
        assertThat(deadLetters).isNotEmpty();
        for (ConsumerRecord<byte[], byte[]> letter : deadLetters) {
          assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("too-big");
          assertThat(
                  Json.tree(new String(letter.value(), StandardCharsets.UTF_8)).path("id").asText())
              .isEqualTo("too-big");
          assertThat(DeadLetters.header(letter.headers(), DeadLetters.STAGE))
              .isEqualTo(DeadLetterHandlers.PRODUCTION);
          assertThat(DeadLetters.header(letter.headers(), DeadLetters.REASON))
              .startsWith("RecordTooLargeException");
          assertThat(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_TOPIC))
              .isEqualTo(enrichedTopic);
        }
      }
    }
  }

  /**
   * Under {@code exactly_once_v2} an article too large for its topics is dead-lettered before it is
   * sent (the JSON serde refuses it), so the transaction is not aborted and the partition goes on:
   * every other article enriched once, the large one dead-lettered once.
   */
  @Test
  void underExactlyOnceAnArticleTooLargeForItsTopicsIsDeadLetteredOnce(@TempDir Path tmp)
      throws Exception {
    int limit = 64 * 1024;
    try (EmbeddedBroker broker = EmbeddedBroker.start(0, tmp.resolve("broker"))) {
      Config config =
          new Config(
              Map.of(
                  KafkaSettings.BOOTSTRAP_SERVERS,
                  broker.bootstrapServers(),
                  KafkaSettings.MAX_RECORD_BYTES,
                  String.valueOf(limit),
                  "newsflow.enrich.application.id",
                  "it-enrich-" + UUID.randomUUID(),
                  "newsflow.enrich.state.dir",
                  tmp.resolve("enrich").toString()),
              Map.of(),
              Map.of());
      KafkaSettings kafka = KafkaSettings.from(config);
      new TopicSetup(kafka).createAll(1, (short) 1, Duration.ofSeconds(30));

      List<String> sent = new ArrayList<>();
      try (StreamsService enrich =
              EnrichService.create(
                  EnrichSettings.from(config), enricher(), new SimpleMeterRegistry());
          KafkaProducer<String, byte[]> raw =
              new KafkaProducer<>(
                  kafka.properties(Map.of()), new StringSerializer(), new ByteArraySerializer())) {
        enrich.start();
        for (int i = 0; i < 10; i++) {
          String id = i == 4 ? "too-big" : "small-" + i;
          // fits the raw topic as it came in, not once enriched (over the value limit of 48 KiB)
          String body =
              i == 4
                  ? randomLetters(60_000)
                  : "A short report, number " + i + ", on the talks in Oslo.";
          raw.send(
              new ProducerRecord<>(
                  kafka.topics().raw().name(),
                  id,
                  Json.line(Map.of("id", id, "headline", "Report " + i, "body", body))
                      .getBytes(StandardCharsets.UTF_8)));
          sent.add(id);
        }
        raw.flush();

        List<String> enriched = new ArrayList<>();
        List<ConsumerRecord<byte[], byte[]>> deadLetters = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> out =
                consumer(kafka, kafka.topics().enriched().name(), new StringDeserializer());
            KafkaConsumer<byte[], byte[]> dlq =
                consumer(kafka, kafka.topics().deadLetters().name(), new ByteArrayDeserializer())) {
          long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
          long quietUntil = Long.MAX_VALUE;
          // read on for two seconds after all arrived: a duplicate would show up then
          while (System.nanoTime() < Math.min(deadline, quietUntil)) {
            out.poll(Duration.ofMillis(200)).forEach(r -> enriched.add(checkedKey(r)));
            dlq.poll(Duration.ofMillis(200)).forEach(deadLetters::add);
            if (quietUntil == Long.MAX_VALUE
                && enriched.size() >= sent.size() - 1
                && !deadLetters.isEmpty()) {
              quietUntil = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            }
          }
        }

        assertThat(enriched)
            .as("every other article, once each")
            .containsExactlyInAnyOrderElementsOf(
                sent.stream().filter(id -> !id.equals("too-big")).toList());
        assertThat(deadLetters).hasSize(1);
        ConsumerRecord<byte[], byte[]> letter = deadLetters.get(0);
        assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("too-big");
        assertThat(
                Json.tree(new String(letter.value(), StandardCharsets.UTF_8)).path("id").asText())
            .isEqualTo("too-big");
        assertThat(DeadLetters.header(letter.headers(), DeadLetters.REASON))
            .contains("too large: EnrichedArticle of");
        assertThat(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_TOPIC))
            .isEqualTo(kafka.topics().raw().name());
      }
    }
  }

  /**
   * The real cleaning and language steps, with no models to load: the size is what matters here.
   */
  private static ArticleEnricher enricher() {
    SentimentAnalyzer neutral =
        (headline, body, entities) ->
            new SentimentAnalyzer.Result(ArticleSentiment.of(0.0, List.of()), entities);
    return new ArticleEnricher(
        (headline, body) -> List.of(), neutral, new LanguageDetector(), Clock.systemUTC());
  }

  /** Words of random letters: text that compression cannot shrink below the topic's limit. */
  private static String randomLetters(int length) {
    Random random = new Random(42);
    StringBuilder text = new StringBuilder(length);
    while (text.length() < length) {
      text.append(random.nextInt(8) == 0 ? ' ' : (char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }

  /** The key of an enriched record whose value is a valid enriched article. */
  private static String checkedKey(ConsumerRecord<String, byte[]> enriched) {
    EnrichedSchema.assertValid(new String(enriched.value(), StandardCharsets.UTF_8));
    return enriched.key();
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
