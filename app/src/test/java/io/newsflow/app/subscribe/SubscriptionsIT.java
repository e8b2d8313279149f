package io.newsflow.app.subscribe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.app.broker.EmbeddedBroker;
import io.newsflow.app.kafka.TopicSetup;
import io.newsflow.common.article.ArticleSentiment;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.EntityType;
import io.newsflow.common.article.Mention;
import io.newsflow.common.config.Config;
import io.newsflow.common.json.Json;
import io.newsflow.common.kafka.DeadLetters;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.kafka.StreamsService;
import io.newsflow.common.kafka.Topic;
import io.newsflow.sink.SinkService;
import io.newsflow.sink.SinkSettings;
import io.newsflow.sink.subscription.SubscriptionFile;
import io.newsflow.sink.subscription.Subscriptions;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sink --subscriptions} on a real broker: a mixed stream of enriched articles (and two
 * records that are not articles) through a subscriptions file with two topics (one named by two
 * subscriptions), a rotating file, a webhook that fails and hangs on purpose, and a webhook nobody
 * listens to. Each target gets exactly the articles its filter selects, the topics each once under
 * read_committed; what the webhooks never took is in the dead-letter topic with stage {@code sink}.
 * Then the file changes: a bad version is refused, a good one routes to a new topic.
 */
class SubscriptionsIT {
  private static final int ARTICLES = 30;
  private static final String SECRET = "it-" + UUID.randomUUID();
  private static final Path NINJS_SCHEMA =
      Paths.get("..", "..", "shared", "data", "ninjs", "ninjs-schema_3.1.json")
          .toAbsolutePath()
          .normalize();

  // what each numbered article is; the expectations below are read off these, not off the filter
  private static boolean kyivThePlace(int i) {
    return i % 3 == 0;
  }

  private static boolean kyivTheClub(int i) {
    return i % 3 == 1;
  }

  private static double score(int i) {
    return i % 4 == 0 ? -0.5 : i % 4 == 1 ? 0.3 : 0.0;
  }

  private static String language(int i) {
    return i % 5 == 0 ? "de" : "en";
  }

  private static String source(int i) {
    return i % 2 == 0 ? "wire" : "blog";
  }

  private static boolean ceasefire(int i) {
    return i % 7 == 0 || i % 7 == 3;
  }

  private static String id(int i) {
    return String.format("subs-it-%02d", i);
  }

  private static final String FILE =
      """
      subscriptions:
        - name: ukraine
          match: {entity: [Kyiv, Kiev], type: [LOCATION]}
          to: topic:alerts.ukraine
        - name: gloom
          match: {sentiment: [negative]}
          to: topic:alerts.gloom
          format: ninjs
        - name: gloom-too           # the same topic again: still written once an article
          match: {sentiment: {score: {min: -1.0, max: -0.4}}}
          to: topic:alerts.gloom
          format: ninjs
        - name: truce
          match: {keyword: [CEASEFIRE]}
          to: file:%s
          rotateBytes: 3000
        - name: english-wire
          match: {language: [en], source: [wire]}
          to: %s
          format: ninjs
          secret: ${SUBS_IT_SECRET}
          attempts: 3
          backoff: 50ms
          timeout: 1s
        - name: slow                # 700 ms each; 'queue' is no longer used, still accepted
          match: {source: [wire]}
          to: %s
          queue: 1
          attempts: 1
        - name: nobody-home
          match: {keyword: [ceasefire]}
          to: http://127.0.0.1:%d/gone
          attempts: 2
          backoff: 10ms
      """;

  @Test
  @Timeout(120)
  void eachTargetGetsExactlyWhatItsFilterSelects(@TempDir Path tmp) throws Exception {
    List<Integer> all = IntStream.range(0, ARTICLES).boxed().toList();
    Set<String> ukraine = ids(all, SubscriptionsIT::kyivThePlace);
    Set<String> gloom = ids(all, i -> score(i) < -0.05);
    Set<String> truce = ids(all, SubscriptionsIT::ceasefire);
    Set<String> englishWire = ids(all, i -> language(i).equals("en") && source(i).equals("wire"));
    Set<String> wire = ids(all, i -> source(i).equals("wire"));
    String alwaysFailing = id(8);
    Set<String> failFirst = ids(all, i -> i % 6 == 2);
    Set<String> hangFirst = ids(all, i -> i % 6 == 4);
    assertThat(englishWire).contains(alwaysFailing).containsAnyElementsOf(hangFirst);

    Path out = tmp.resolve("files").resolve("truce.jsonl");
    Path subscriptionsFile = tmp.resolve("subscriptions.yaml");
    try (EmbeddedBroker broker = EmbeddedBroker.start(0, tmp.resolve("broker"));
        HookServer hook = new HookServer(SECRET, failFirst, hangFirst, Set.of(alwaysFailing))) {
      Files.writeString(
          subscriptionsFile, String.format(FILE, out, hook.uri(), hook.slowUri(), closedPort()));
      Config config =
          new Config(
              Map.of(
                  KafkaSettings.BOOTSTRAP_SERVERS,
                  broker.bootstrapServers(),
                  "newsflow.sink.application.id",
                  "it-subs-" + UUID.randomUUID(),
                  "newsflow.sink.state.dir",
                  tmp.resolve("sink").toString()),
              Map.of(),
              Map.of());
      SinkSettings settings = SinkSettings.from(config);
      KafkaSettings kafka = settings.kafka();
      TopicSetup topics = new TopicSetup(kafka);
      topics.createAll(3, (short) 1, Duration.ofSeconds(30));
      SubscriptionFile parser =
          new SubscriptionFile(
              Map.of("SUBS_IT_SECRET", SECRET),
              kafka.topics().all().stream().map(Topic::name).collect(Collectors.toSet()));
      SimpleMeterRegistry registry = new SimpleMeterRegistry();

      Subscriptions subscriptions =
          Subscriptions.start(
              subscriptionsFile,
              parser.read(subscriptionsFile),
              parser,
              kafka,
              settings.applicationId(),
              registry,
              names -> topics.create(names, 3, (short) 1, Duration.ofSeconds(30)));
      StreamsService sink =
          SinkService.create(settings, registry, Clock.systemUTC(), Optional.of(subscriptions));
      try (subscriptions;
          sink) {
        sink.start();
        produce(kafka, all.stream().map(SubscriptionsIT::article).toList());
        produceRaw(kafka, "not-json-1", "{ this is not an article");
        produceRaw(kafka, "not-json-2", "[]");

        await(
            "the webhook took every article it will take, and the file has its own",
            () ->
                hook.accepted().size() == englishWire.size() - 1
                    && hook.tries(alwaysFailing) == 3
                    && idsInFiles(out).containsAll(truce));
        // the slow webhook falls behind alone: the others are done while it still works
        assertThat(hook.slowAccepted()).hasSizeLessThan(wire.size());

        // a bad version is refused and the subscriptions in force stay
        List<String> before = names(subscriptions);
        Files.writeString(
            subscriptionsFile, "subscriptions:\n  - {name: x, to: 'topic:y', oops: 1}\n");
        Thread.sleep(Subscriptions.POLL.toMillis() + 500);
        assertThat(names(subscriptions)).isEqualTo(before);

        // a good one is put in force, with its new topic
        Files.writeString(
            subscriptionsFile,
            String.format(FILE, out, hook.uri(), hook.slowUri(), closedPort())
                + "  - {name: late, match: {source: late}, to: 'topic:alerts.late'}\n");
        await("the changed file is in force", () -> names(subscriptions).contains("late"));
        List<EnrichedArticle> late =
            List.of(lateArticle("late-1"), lateArticle("late-2"), lateArticle("late-3"));
        produce(kafka, late);
        await(
            "every article is downstream",
            () -> keys(kafka, List.of("news.downstream")).size() == ARTICLES + late.size());
        await("the slow webhook caught up", () -> hook.slowAccepted().size() >= wire.size());
      }

      Map<String, List<ConsumerRecord<byte[], byte[]>>> written =
          readCommitted(
              kafka,
              List.of(
                  "alerts.ukraine", "alerts.gloom", "alerts.late", "news.downstream", "news.dlq"));
      assertThat(keyList(written.get("alerts.ukraine"))).hasSize(ukraine.size());
      assertThat(new TreeSet<>(keyList(written.get("alerts.ukraine")))).isEqualTo(ukraine);
      assertThat(keyList(written.get("alerts.gloom"))).hasSize(gloom.size());
      assertThat(new TreeSet<>(keyList(written.get("alerts.gloom")))).isEqualTo(gloom);
      assertThat(keyList(written.get("alerts.late")))
          .containsExactlyInAnyOrder("late-1", "late-2", "late-3");
      assertThat(keyList(written.get("news.downstream"))).hasSize(ARTICLES + 3);

      // the file: each selected article at least once, across the rotated files
      assertThat(idsInFiles(out)).isEqualTo(truce);
      assertThat(Files.exists(Path.of(out + ".1"))).as("rotated past 3000 bytes").isTrue();

      // the webhook: each selected article once (the failed and hung tries were not taken),
      // signed, except the one it always refused, which is a dead letter
      Set<String> delivered = new TreeSet<>(englishWire);
      delivered.remove(alwaysFailing);
      assertThat(hook.badRequests()).isEmpty();
      assertThat(hook.accepted().keySet()).isEqualTo(delivered);
      assertThat(hook.accepted().values()).allMatch(n -> n == 1);
      hangFirst.stream()
          .filter(englishWire::contains)
          .forEach(id -> assertThat(hook.tries(id)).isEqualTo(2));

      Map<String, List<String>> deadLetters = deadLettersBySubscription(written.get("news.dlq"));
      assertThat(deadLetters.get("english-wire"))
          .singleElement()
          .satisfies(reason -> assertThat(reason).contains(alwaysFailing).contains("HTTP 500"));
      assertThat(deadLetters.get("nobody-home")).hasSize(truce.size());
      assertThat(deadLetters.keySet()).containsOnly("english-wire", "nobody-home", "deliver");

      // the slow webhook got everything in the end, once, and nothing was dead-lettered for it
      assertThat(hook.slowAccepted()).doesNotHaveDuplicates();
      assertThat(new TreeSet<>(hook.slowAccepted())).isEqualTo(wire);
      assertThat(counter(registry, "newsflow.subscription.delivered", "slow"))
          .isEqualTo(wire.size());

      assertThat(counter(registry, "newsflow.subscription.delivered", "english-wire"))
          .isEqualTo(delivered.size());
      assertThat(counter(registry, "newsflow.subscription.delivered", "ukraine"))
          .isEqualTo(ukraine.size());
      assertThat(
              registry
                  .get("newsflow.subscription.failures")
                  .tag("subscription", "nobody-home")
                  .tag("reason", "connection")
                  .counter()
                  .count())
          .isEqualTo(truce.size());
      assertThat(
              registry.get("newsflow.webhook").tag("subscription", "english-wire").timer().count())
          .isGreaterThanOrEqualTo(delivered.size() + 3L);

      List<String> ninjs = new ArrayList<>(hook.acceptedBodies());
      written
          .get("alerts.gloom")
          .forEach(r -> ninjs.add(new String(r.value(), StandardCharsets.UTF_8)));
      assertValidNinjs(ninjs);
    }
  }

  private static Set<String> ids(List<Integer> numbers, IntPredicate selected) {
    return numbers.stream()
        .filter(selected::test)
        .map(SubscriptionsIT::id)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static EnrichedArticle article(int i) {
    String body =
        (ceasefire(i) ? "Both sides agreed to a ceasefire. " : "Talks went on. ")
            + "Officials met in Kyiv on Monday.";
    Entity kyiv =
        kyivTheClub(i)
            ? new Entity(
                "Dynamo Kyiv",
                EntityType.ORGANIZATION,
                "org:dynamo-kyiv",
                List.of(mention(body)),
                0.5,
                0)
            : kyivThePlace(i)
                ? new Entity("Kyiv", EntityType.LOCATION, "UA-30", List.of(mention(body)), 0.5, 0)
                : new Entity("Paris", EntityType.LOCATION, "FR-75", List.of(), 0.5, 0);
    return enriched(id(i), source(i), language(i), "News number " + i, body, kyiv, score(i));
  }

  private static EnrichedArticle lateArticle(String id) {
    Entity paris = new Entity("Paris", EntityType.LOCATION, "FR-75", List.of(), 0.5, 0);
    return enriched(id, "late", "en", "A late one", "Nothing to see.", paris, 0.0);
  }

  private static Mention mention(String body) {
    int start = body.indexOf("Kyiv");
    return new Mention("body", start, start + 4, "Kyiv");
  }

  private static EnrichedArticle enriched(
      String id,
      String source,
      String language,
      String headline,
      String body,
      Entity entity,
      double score) {
    Instant now = Instant.now();
    return new EnrichedArticle(
        EnrichedArticle.SCHEMA,
        id,
        source,
        "https://example.org/" + id,
        headline,
        body,
        language,
        now,
        now,
        now,
        List.of(entity),
        ArticleSentiment.of(score, List.of()),
        null);
  }

  private static void produce(KafkaSettings kafka, List<EnrichedArticle> articles) {
    try (KafkaProducer<byte[], byte[]> producer = producer(kafka)) {
      for (EnrichedArticle article : articles) {
        producer.send(
            new ProducerRecord<>("news.enriched", bytes(article.id()), bytes(Json.line(article))));
      }
    }
  }

  private static void produceRaw(KafkaSettings kafka, String key, String value) {
    try (KafkaProducer<byte[], byte[]> producer = producer(kafka)) {
      producer.send(new ProducerRecord<>("news.enriched", bytes(key), bytes(value)));
    }
  }

  private static KafkaProducer<byte[], byte[]> producer(KafkaSettings kafka) {
    return new KafkaProducer<>(
        kafka.properties(Map.of()), new ByteArraySerializer(), new ByteArraySerializer());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static int closedPort() throws java.io.IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort(); // free once closed: nothing listens there
    }
  }

  private static List<String> names(Subscriptions subscriptions) {
    return subscriptions.inForce().stream().map(s -> s.name()).toList();
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting until %s", what).isLessThan(end);
      Thread.sleep(200);
    }
  }

  /** The ids of the JSON lines in the file and its rotated copies. */
  private static Set<String> idsInFiles(Path file) {
    Set<String> ids = new TreeSet<>();
    for (int n = 0; n <= 5; n++) {
      Path path = n == 0 ? file : Path.of(file + "." + n);
      if (!Files.exists(path)) {
        continue;
      }
      try {
        for (String line : Files.readAllLines(path)) {
          ids.add(Json.tree(line).get("id").asText());
        }
      } catch (java.io.IOException e) {
        return Set.of(); // being written: look again
      }
    }
    return ids;
  }

  private static Set<String> keys(KafkaSettings kafka, List<String> topics) {
    return new TreeSet<>(
        readCommitted(kafka, topics).values().stream()
            .flatMap(List::stream)
            .map(r -> new String(r.key(), StandardCharsets.UTF_8))
            .toList());
  }

  /** Everything committed on the topics, from the start to their end now. */
  private static Map<String, List<ConsumerRecord<byte[], byte[]>>> readCommitted(
      KafkaSettings kafka, List<String> topics) {
    Properties p =
        kafka.properties(Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"));
    Map<String, List<ConsumerRecord<byte[], byte[]>>> records = new HashMap<>();
    topics.forEach(t -> records.put(t, new ArrayList<>()));
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      topics.forEach(
          t ->
              consumer
                  .partitionsFor(t, Duration.ofSeconds(10))
                  .forEach(info -> partitions.add(new TopicPartition(t, info.partition()))));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        assertThat(System.nanoTime()).as("reading %s", topics).isLessThan(deadline);
        consumer.poll(Duration.ofMillis(200)).forEach(r -> records.get(r.topic()).add(r));
      }
    }
    return records;
  }

  private static List<String> keyList(List<ConsumerRecord<byte[], byte[]>> records) {
    return records.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList();
  }

  /** Dead-letter reasons by subscription ({@code deliver} for the deliver step's own). */
  private static Map<String, List<String>> deadLettersBySubscription(
      List<ConsumerRecord<byte[], byte[]>> letters) {
    Map<String, List<String>> bySubscription = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> letter : letters) {
      String stage = DeadLetters.header(letter.headers(), DeadLetters.STAGE);
      String reason = DeadLetters.header(letter.headers(), DeadLetters.REASON);
      String key = new String(letter.key(), StandardCharsets.UTF_8);
      String who =
          stage.equals("sink")
              ? reason.replaceFirst("^not delivered to subscription ([^:]+):.*$", "$1")
              : stage;
      bySubscription.computeIfAbsent(who, k -> new ArrayList<>()).add(key + ": " + reason);
    }
    return bySubscription;
  }

  private static double counter(SimpleMeterRegistry registry, String name, String subscription) {
    return registry.get(name).tag("subscription", subscription).counter().count();
  }

  private static void assertValidNinjs(List<String> items) throws Exception {
    assertThat(items).isNotEmpty();
    if (!Files.exists(NINJS_SCHEMA)) {
      System.err.println(
          "SubscriptionsIT: no " + NINJS_SCHEMA + " here: the ninjs schema check is skipped");
      return;
    }
    Schema schema;
    try (InputStream in = Files.newInputStream(NINJS_SCHEMA)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    for (String item : items) {
      JsonNode node = Json.tree(item);
      assertThat(schema.validate(node)).as("ninjs errors of %s", item).isEmpty();
    }
  }
}
