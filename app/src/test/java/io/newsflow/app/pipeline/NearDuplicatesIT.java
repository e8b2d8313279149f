package io.newsflow.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.app.broker.EmbeddedBroker;
import io.newsflow.app.kafka.TopicSetup;
import io.newsflow.common.article.ArticleSentiment;
import io.newsflow.common.config.Config;
import io.newsflow.common.json.Json;
import io.newsflow.common.kafka.KafkaSettings;
import io.newsflow.common.kafka.StreamsService;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.EnrichSettings;
import io.newsflow.enrich.language.LanguageDetector;
import io.newsflow.enrich.sentiment.SentimentAnalyzer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Near-copies read by different tasks of two enrich instances still meet: each story goes to its
 * own partition of a four-partition raw topic, so a story, its lightly edited copy and a different
 * story on the same subject are read by different tasks and their fingerprints route them apart;
 * only the band values bring copies together. The copy is marked, the different story is not.
 */
class NearDuplicatesIT {
  private static final int PARTITIONS = 4;

  /** Three stories, each with a reworded headline and a different story on its subject. */
  private static final List<List<String>> STORIES =
      List.of(
          List.of(
              "Wildfire forces evacuation of villages in southern Portugal",
              "Thousands flee as fire spreads through Algarve hills",
              "Firefighters in southern Portugal battled a wildfire on Sunday that forced the"
                  + " evacuation of six villages in the hills above the Algarve coast, as strong"
                  + " winds and high temperatures fanned the flames.\n\nMore than 600"
                  + " firefighters, backed by 14 water-bombing aircraft, were deployed to the area"
                  + " around Monchique, the civil protection agency said.\n\nNo deaths had been"
                  + " reported by Sunday evening, but two firefighters were treated in hospital.",
              "Algarve fire brought under control after four days",
              "A wildfire that burned for four days in the hills of the Algarve was brought under"
                  + " control on Wednesday, allowing residents of evacuated villages to return."),
          List.of(
              "Bank of Canada holds rates steady, signals cuts possible next year",
              "Canada's central bank keeps key rate unchanged",
              "The Bank of Canada kept its benchmark interest rate at 3.25 percent on Wednesday,"
                  + " saying inflation was easing as expected but that it wanted more evidence"
                  + " before lowering borrowing costs.\n\nGovernor Tiff Macklem told reporters in"
                  + " Ottawa that cuts were possible next year if price growth continued to"
                  + " slow.\n\nMost economists surveyed before the decision had expected the bank"
                  + " to hold, and the Canadian dollar was little changed.",
              "Canadian inflation slows more than expected in November",
              "Canada's annual inflation rate slowed to 1.9 percent in November, Statistics Canada"
                  + " said on Tuesday, below forecasts and the lowest reading in three years."),
          List.of(
              "Train derails near Bologna, dozens injured",
              "Dozens hurt as passenger train leaves tracks outside Bologna",
              "A regional passenger train derailed near Bologna on Saturday morning, injuring 38"
                  + " people, four of them seriously, Italy's railway operator said.\n\nThe train,"
                  + " carrying about 200 passengers from Bologna to Ferrara, left the tracks"
                  + " shortly after crossing a bridge over a canal.\n\nProsecutors opened an"
                  + " investigation into the cause of the accident, and the line was closed.",
              "Bologna-Ferrara line reopens a week after derailment",
              "Train services between Bologna and Ferrara resumed on Saturday, a week after a"
                  + " derailment that injured 38 people, with trains running at reduced speed."));

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void copiesReadByDifferentTasksMeetAndAreMarked(@TempDir Path tmp) throws Exception {
    try (EmbeddedBroker broker = EmbeddedBroker.start(0, tmp.resolve("broker"))) {
      String applicationId = "it-enrich-" + UUID.randomUUID();
      Config first = config(broker, applicationId, tmp.resolve("enrich-1"));
      KafkaSettings kafka = KafkaSettings.from(first);
      new TopicSetup(kafka).createAll(PARTITIONS, (short) 1, Duration.ofSeconds(30));
      String rawTopic = kafka.topics().raw().name();

      try (StreamsService one = enrich(first);
          StreamsService two = enrich(config(broker, applicationId, tmp.resolve("enrich-2")));
          KafkaProducer<String, byte[]> raw =
              new KafkaProducer<>(
                  kafka.properties(Map.of()), new StringSerializer(), new ByteArraySerializer());
          KafkaConsumer<String, byte[]> out =
              Consumers.committedFromStart(
                  kafka, kafka.topics().enriched().name(), new StringDeserializer())) {
        one.start();
        two.start();
        awaitRunning(one, two);

        for (int i = 0; i < STORIES.size(); i++) {
          List<String> s = STORIES.get(i);
          send(raw, rawTopic, i % PARTITIONS, "original-" + i, s.get(0), s.get(2));
        }
        Map<String, String> duplicateOf = new HashMap<>();
        awaitEnriched(out, duplicateOf, STORIES.size());

        for (int i = 0; i < STORIES.size(); i++) {
          List<String> s = STORIES.get(i);
          String body = s.get(2);
          String copy =
              "BY STAFF\n"
                  + "LISBON (Newswire) - "
                  + body.substring(0, body.lastIndexOf("\n\n"))
                  + "\n\n(Reporting by Anna Berg; Editing by Tom Hale)";
          send(raw, rawTopic, (i + 1) % PARTITIONS, "copy-" + i, s.get(1), copy);
          send(raw, rawTopic, (i + 2) % PARTITIONS, "other-" + i, s.get(3), s.get(4));
        }
        awaitEnriched(out, duplicateOf, 3 * STORIES.size());

        for (int i = 0; i < STORIES.size(); i++) {
          assertThat(duplicateOf.get("original-" + i)).as("original-%d", i).isNull();
          assertThat(duplicateOf.get("copy-" + i)).as("copy-%d", i).isEqualTo("original-" + i);
          assertThat(duplicateOf.get("other-" + i)).as("other-%d", i).isNull();
        }
      }
    }
  }

  private static Config config(EmbeddedBroker broker, String applicationId, Path stateDir) {
    return new Config(
        Map.of(
            KafkaSettings.BOOTSTRAP_SERVERS,
            broker.bootstrapServers(),
            "newsflow.enrich.application.id",
            applicationId,
            EnrichSettings.STATE_DIR,
            stateDir.toString()),
        Map.of(),
        Map.of());
  }

  /** The real reading and cleaning, no models: which story copies which is what matters. */
  private static StreamsService enrich(Config config) {
    SentimentAnalyzer neutral =
        (headline, body, entities) ->
            new SentimentAnalyzer.Result(ArticleSentiment.of(0.0, List.of()), entities);
    ArticleEnricher enricher =
        new ArticleEnricher(
            (headline, body) -> List.of(), neutral, new LanguageDetector(), Clock.systemUTC());
    return EnrichService.create(EnrichSettings.from(config), enricher, new SimpleMeterRegistry());
  }

  private static void awaitRunning(StreamsService... services) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      if (List.of(services).stream().allMatch(s -> s.state() == KafkaStreams.State.RUNNING)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("enrich instances not running within 90 s");
  }

  private static void send(
      KafkaProducer<String, byte[]> raw,
      String topic,
      int partition,
      String id,
      String headline,
      String body)
      throws Exception {
    byte[] value =
        Json.line(Map.of("id", id, "headline", headline, "body", body))
            .getBytes(StandardCharsets.UTF_8);
    raw.send(new ProducerRecord<>(topic, partition, id, value)).get();
  }

  private static void awaitEnriched(
      KafkaConsumer<String, byte[]> out, Map<String, String> duplicateOf, int count)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (duplicateOf.size() < count && System.nanoTime() < deadline) {
      for (var record : out.poll(Duration.ofMillis(200))) {
        duplicateOf.put(
            record.key(),
            Json.tree(new String(record.value(), StandardCharsets.UTF_8))
                .path("duplicateOf")
                .textValue());
      }
    }
    assertThat(duplicateOf).hasSize(count);
  }
}
