package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.article.ArticleSentiment;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.EntityTrend;
import io.newsflow.common.article.EntityType;
import io.newsflow.common.article.Mention;
import io.newsflow.common.kafka.DeadLetters;
import io.newsflow.common.kafka.Topics;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.enrich.dedup.BandMatcher;
import io.newsflow.enrich.dedup.DuplicateMarker;
import io.newsflow.enrich.dedup.NearDuplicateSketch;
import io.newsflow.enrich.dedup.NearDuplicateVerdict;
import io.newsflow.enrich.entity.EntityRecognizer;
import io.newsflow.enrich.language.LanguageDetector;
import io.newsflow.enrich.sentiment.SentimentAnalyzer;
import io.newsflow.enrich.trend.EntityTrends;
import io.newsflow.testkit.EnrichedSchema;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the real enrich topology, both branches, with {@link TopologyTestDriver}. */
class EnrichTopologyTest {
  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  /** Finds every capitalised word "Ukraine" as a place; fails on demand, to test the DLQ branch. */
  private final EntityRecognizer recognizer =
      (headline, body) -> {
        if (body.contains("EXPLODE")) {
          throw new IllegalStateException("recognizer broke");
        }
        int at = body.indexOf("Ukraine");
        return at < 0
            ? List.of()
            : List.of(
                new Entity(
                    "Ukraine",
                    EntityType.LOCATION,
                    "country:UA",
                    List.of(new Mention(Mention.BODY, at, at + 7, "Ukraine")),
                    1.0,
                    0.0));
      };

  private final SentimentAnalyzer sentiment =
      (headline, body, entities) ->
          new SentimentAnalyzer.Result(
              ArticleSentiment.of(body.contains("war") ? -0.5 : 0.2, List.of()), entities);

  private final Topics topics = Topics.defaults();
  private SimpleMeterRegistry registry;
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> raw;
  private TestOutputTopic<String, EnrichedArticle> enriched;
  private TestOutputTopic<byte[], byte[]> deadLetters;
  private TestOutputTopic<String, EntityTrend> trends;

  @BeforeEach
  void start() {
    registry = new SimpleMeterRegistry();
    drive(topics);
  }

  /** The topology with the test's models, writing to {@code with}, driven from now on. */
  private void drive(Topics with) {
    PipelineMetrics metrics = new PipelineMetrics(registry);
    ArticleEnricher enricher =
        new ArticleEnricher(
            recognizer, sentiment, new LanguageDetector(), Clock.fixed(NOW, ZoneOffset.UTC));
    StreamsBuilder builder = new StreamsBuilder();
    EnrichTopology.build(builder, with, enricher, metrics, EnrichTopology.Windows.defaults());
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.putAll(
        io.newsflow.common.kafka.DeadLetterHandlers.config(with.deadLetters().name(), metrics));
    driver = new TopologyTestDriver(builder.build(), props);
    raw =
        driver.createInputTopic(
            with.raw().name(), new StringSerializer(), new ByteArraySerializer());
    enriched =
        driver.createOutputTopic(
            with.enriched().name(),
            new StringDeserializer(),
            EnrichedSchema.checking(with.enriched().valueSerde().deserializer()));
    deadLetters =
        driver.createOutputTopic(
            with.deadLetters().name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    trends =
        driver.createOutputTopic(
            with.entityTrends().name(),
            new StringDeserializer(),
            with.entityTrends().valueSerde().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private static byte[] json(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anArticleComesOutEnrichedWithItsIdentityKept() {
    raw.pipeInput(
        "a1",
        json(
            """
        {"id":"a1","source":"test","headline":"  Talks on Ukraine  ",
         "body":"The talks on Ukraine went on in the capital and the war was on every mind.",
         "received":"2026-11-28T09:59:00Z","published":"2026-11-28T09:00:00Z"}"""));

    TestRecord<String, EnrichedArticle> out = enriched.readRecord();
    EnrichedArticle article = out.value();
    assertThat(out.key()).isEqualTo("a1");
    assertThat(article.schema()).isEqualTo(EnrichedArticle.SCHEMA);
    assertThat(article.headline()).isEqualTo("Talks on Ukraine");
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.received()).isEqualTo(Instant.parse("2026-11-28T09:59:00Z"));
    assertThat(article.enriched()).isEqualTo(NOW);
    assertThat(article.sentiment().label()).isEqualTo("negative");
    assertThat(article.entities()).extracting(Entity::name).containsExactly("Ukraine");
    Mention mention = article.entities().get(0).mentions().get(0);
    assertThat(article.field(mention.field()).substring(mention.start(), mention.end()))
        .isEqualTo(mention.text());
    assertThat(deadLetters.isEmpty()).isTrue();
    assertThat(registry.counter("newsflow.articles.enriched").count()).isEqualTo(1.0);
  }

  @Test
  void recordThatIsNotJsonGoesToTheDeadLetterTopicAsItCame() {
    byte[] garbage = json("{\"id\": \"broken\", \"headline\": ");
    raw.pipeInput("k-broken", garbage);

    TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
    assertThat(letter.value()).isEqualTo(garbage);
    assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("k-broken");
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.STAGE))
        .isEqualTo(ArticleEnricher.PARSE);
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.REASON))
        .startsWith("not an article in JSON");
    assertReadFromRaw(letter, "0");
    assertThat(enriched.isEmpty()).isTrue();
    assertThat(
            registry
                .counter(
                    "newsflow.dead.letters", "stage", "parse", "reason", "not an article in JSON")
                .count())
        .isEqualTo(1.0);
  }

  @Test
  void anArticleWithNothingToReadIsDeadLetteredAtValidation() {
    raw.pipeInput("e1", json("{\"id\":\"e1\",\"headline\":\"  \",\"body\":\"\"}"));

    TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.STAGE))
        .isEqualTo(ArticleEnricher.VALIDATE);
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.REASON))
        .isEqualTo("no headline and no body");
  }

  /**
   * The models run after the repartition by fingerprint; their dead letter is still the raw record
   * as it came, under its key, naming the raw topic, partition and offset it was read from.
   */
  @Test
  void aFailingStepNamesItselfAsTheStageAndTheRawRecordItCameFrom() {
    raw.pipeInput(
        "ok", json("{\"id\":\"ok\",\"headline\":\"Calm\",\"body\":\"Nothing happened.\"}"));
    byte[] exploding =
        json(
            "{\"id\":\"x1\",\"headline\":\"Test\",\"body\":\"Make it EXPLODE in the middle of the text.\"}");
    raw.pipeInput("x1", exploding);

    TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.STAGE))
        .isEqualTo(ArticleEnricher.ENTITIES);
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.REASON))
        .contains("recognizer broke");
    assertThat(letter.value()).isEqualTo(exploding);
    assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("x1");
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_TOPIC))
        .isEqualTo(Topics.RAW);
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_OFFSET)).isEqualTo("1");
    assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("ok");
  }

  @Test
  void aNullValueIsDeadLetteredNotDropped() {
    raw.pipeInput("tombstone", (byte[]) null);

    TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
    assertThat(letter.value()).isNull();
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.STAGE))
        .isEqualTo(ArticleEnricher.PARSE);
  }

  @Test
  void everyRecordIsEitherEnrichedOrDeadLettered() {
    int sent = 0;
    for (int i = 0; i < 30; i++) {
      String id = "m" + i;
      String value =
          switch (i % 3) {
            case 0 ->
                "{\"id\":\""
                    + id
                    + "\",\"headline\":\"Markets rise\",\"body\":\"Shares rose in Ukraine and the region.\"}";
            case 1 -> "not json at all " + i;
            default -> "{\"id\":\"" + id + "\",\"headline\":\"\"}";
          };
      raw.pipeInput(id, json(value));
      sent++;
    }
    int ok = enriched.readValuesToList().size();
    int dead = deadLetters.readValuesToList().size();
    assertThat(ok).isEqualTo(10);
    assertThat(ok + dead).isEqualTo(sent);
  }

  @Test
  void aNonEnglishArticleIsEnrichedWithoutEnglishModels() {
    raw.pipeInput(
        "de1",
        json(
            """
        {"id":"de1","headline":"Gespräche über die Ukraine",
         "body":"Die Gespräche über die Ukraine wurden am Mittwoch in Brüssel fortgesetzt, und die Minister sind sich nicht einig."}"""));

    EnrichedArticle article = enriched.readValue();
    assertThat(article.language()).isEqualTo("de");
    assertThat(article.entities()).isEmpty();
    assertThat(article.sentiment().label()).isEqualTo("neutral");
  }

  @Test
  void aStoryResentUnderAnotherIdIsMarkedAsADuplicateOfTheFirst() {
    String body = "Grain shipments from Ukraine resumed on Monday after a week of talks.";
    raw.pipeInput(
        "first",
        json("{\"id\":\"first\",\"headline\":\"Grain deal holds\",\"body\":\"" + body + "\"}"),
        Instant.parse("2026-11-28T09:00:00Z"));
    raw.pipeInput(
        "copy",
        json(
            "{\"id\":\"copy\",\"headline\":\"GRAIN DEAL HOLDS\",\"body\":\"  "
                + body.replace(" ", "  ")
                + "\"}"),
        Instant.parse("2026-11-28T09:05:00Z"));
    raw.pipeInput(
        "other",
        json(
            "{\"id\":\"other\",\"headline\":\"Grain deal holds\",\"body\":\"Shipments from Ukraine stopped.\"}"),
        Instant.parse("2026-11-28T09:07:00Z"));

    List<EnrichedArticle> out = enriched.readValuesToList();
    assertThat(out).extracting(EnrichedArticle::id).containsExactly("first", "copy", "other");
    assertThat(out).extracting(EnrichedArticle::duplicateOf).containsExactly(null, "first", null);
    assertThat(duplicatesDropped()).isZero();
  }

  private static final String PORT_STRIKE =
      "Dock workers at the port of Rotterdam began a 48-hour strike on Tuesday, halting container"
          + " traffic at three of the largest terminals in protest at plans to replace crane"
          + " operators with remote-controlled systems.\\n\\nThe FNV union said about 2,300 members"
          + " had joined the walkout and that talks with terminal operators had broken down on"
          + " Monday evening without an agreement on job guarantees.\\n\\nA spokeswoman for the"
          + " port authority said ships were being held at anchor off the coast and that the"
          + " backlog could take a week to clear once work resumed.";

  private static byte[] story(String id, String headline, String body) {
    return json(
        "{\"id\":\"" + id + "\",\"headline\":\"" + headline + "\",\"body\":\"" + body + "\"}");
  }

  /** The dead letter names the raw topic's partition 0 and {@code offset} as where it was read. */
  private static void assertReadFromRaw(TestRecord<byte[], byte[]> letter, String offset) {
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_TOPIC))
        .isEqualTo(Topics.RAW);
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_PARTITION)).isEqualTo("0");
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_OFFSET)).isEqualTo(offset);
  }

  private void sendTheStrikeAsWireA() {
    raw.pipeInput(
        "wire-a",
        story("wire-a", "Dock workers in Rotterdam walk out over automation plans", PORT_STRIKE),
        Instant.parse("2026-11-28T09:00:00Z"));
  }

  @Test
  void aLightlyEditedCopyUnderAnotherIdIsMarkedAndADifferentStoryOnTheSubjectIsNot() {
    sendTheStrikeAsWireA();
    String edited =
        "ROTTERDAM (Newswire) - "
            + PORT_STRIKE
                .substring(0, PORT_STRIKE.lastIndexOf("\\n\\n"))
                .replace("walkout", "wlakout")
            + "\\n\\n(Reporting by Anna Berg; Editing by Tom Hale)";
    raw.pipeInput(
        "wire-b",
        story(
            "wire-b",
            "Rotterdam dockers strike as port pushes ahead with automated cranes",
            edited),
        Instant.parse("2026-11-28T09:04:00Z"));
    raw.pipeInput(
        "wire-c",
        story(
            "wire-c",
            "Rotterdam terminal operators offer job guarantees to end strike",
            "Terminal operators in Rotterdam offered on Wednesday to guarantee the jobs of crane"
                + " drivers until 2030, in an attempt to end a strike that has left dozens of ships"
                + " waiting outside Europe's busiest port. The FNV union said it would put the"
                + " proposal to its members on Thursday."),
        Instant.parse("2026-11-28T09:06:00Z"));

    List<EnrichedArticle> out = enriched.readValuesToList();
    assertThat(out).extracting(EnrichedArticle::id).containsExactly("wire-a", "wire-b", "wire-c");
    assertThat(out).extracting(EnrichedArticle::duplicateOf).containsExactly(null, "wire-a", null);
  }

  /**
   * Here a story reaches the verdict before its band votes (the driver delivers the repartitions in
   * the order they were written), so its last vote releases it: what fails after that is still
   * dead-lettered as the raw record, under its key, naming where it was read.
   */
  @Test
  void aNearCopyReleasedByItsLastVoteIsDeadLetteredAsTheRawRecordItCameFrom() {
    sendTheStrikeAsWireA();
    byte[] copy =
        story(
            "wire-b",
            "Dock workers in Rotterdam walk out over automation plans",
            PORT_STRIKE + " EXPLODE");
    raw.pipeInput("wire-b", copy, Instant.parse("2026-11-28T09:01:00Z"));

    TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
    assertThat(letter.value()).isEqualTo(copy);
    assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("wire-b");
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.STAGE))
        .isEqualTo(ArticleEnricher.ENTITIES);
    assertReadFromRaw(letter, "1");
    assertThat(deadLetters.isEmpty()).isTrue();
    assertThat(enriched.readValuesToList())
        .extracting(EnrichedArticle::id)
        .containsExactly("wire-a");
  }

  /**
   * An article that fits the raw topic but not, enriched, the enriched topic is dead-lettered as
   * its raw record, though its last band vote released it (the producer would name the vote).
   */
  @Test
  void anArticleTooLargeOnceEnrichedIsDeadLetteredAsItsRawRecord() {
    driver.close();
    Topics small = Topics.named(Map.of(), 4096);
    drive(small);
    // fits as it came, not with the fields enrichment adds
    byte[] large = story("large", "Ukraine", "Ukraine is named here. ".repeat(126));
    assertThat(large.length).isLessThan(small.maxValueBytes());

    raw.pipeInput("large", large);

    TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
    assertThat(letter.value()).isEqualTo(large);
    assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("large");
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.REASON))
        .contains("too large: EnrichedArticle of");
    assertThat(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_TOPIC))
        .isEqualTo(Topics.RAW);
    assertThat(deadLetters.isEmpty()).isTrue();
  }

  @Test
  void aCopyArrivingAfterALaterStampedOneIsNotItsCopyAndItIsNotMarkedEither() {
    raw.pipeInput(
        "late-wire",
        story("late-wire", "Rotterdam dockers strike", PORT_STRIKE),
        Instant.parse("2026-11-28T09:10:00Z"));
    raw.pipeInput(
        "early-wire",
        story(
            "early-wire",
            "Dock workers in Rotterdam walk out",
            PORT_STRIKE.replace("48-hour", "two-day")),
        Instant.parse("2026-11-28T09:00:00Z"));

    // ordered by time, not arrival, so band stores that see the two in either order agree; the
    // later-stamped one went out unmarked before the earlier came: a miss, never a wrong mark
    assertThat(enriched.readValuesToList())
        .extracting(EnrichedArticle::id, EnrichedArticle::duplicateOf)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("late-wire", null),
            org.assertj.core.groups.Tuple.tuple("early-wire", null));
  }

  private static final String FERRY =
      "{\"id\":\"%s\",\"headline\":\"Ferry to Heimaey cancelled\",\"body\":\"%s\"}";
  private static final String FERRY_BODY =
      "The ferry from Landeyjahöfn to Heimaey was cancelled on Tuesday because of high waves.";

  private double duplicatesDropped() {
    return registry.counter(PipelineMetrics.DUPLICATES_DROPPED).count();
  }

  @Test
  void theSameArticleSentTwiceUnderTheSameIdIsDeliveredOnceAndTheDropCounted() {
    raw.pipeInput(
        "ferry-1",
        json(FERRY.formatted("ferry-1", FERRY_BODY)),
        Instant.parse("2026-11-28T09:00:00Z"));
    raw.pipeInput(
        "ferry-1",
        json(FERRY.formatted("ferry-1", FERRY_BODY)),
        Instant.parse("2026-11-28T09:00:01Z"));
    raw.pipeInput(
        "ferry-1",
        json(FERRY.formatted("ferry-1", FERRY_BODY)),
        Instant.parse("2026-11-28T11:00:00Z"));

    assertThat(enriched.readValuesToList())
        .extracting(EnrichedArticle::id)
        .containsExactly("ferry-1");
    assertThat(duplicatesDropped()).isEqualTo(2.0);
    assertThat(registry.counter(PipelineMetrics.ENRICHED).count()).isEqualTo(1.0);
  }

  /**
   * Ingest gives an article without an id its content id, so a file ingested again comes back under
   * the same id.
   */
  @Test
  void aReingestedFileDoesNotDeliverASecondCopy() {
    String id =
        io.newsflow.common.article.ArticleIds.contentId("Ferry to Heimaey cancelled", FERRY_BODY);
    raw.pipeInput(id, json(FERRY.formatted(id, FERRY_BODY)), Instant.parse("2026-11-28T09:00:00Z"));
    raw.pipeInput(
        "copy-elsewhere",
        json(FERRY.formatted("copy-elsewhere", FERRY_BODY)),
        Instant.parse("2026-11-28T09:01:00Z"));
    // the whole folder again, an hour later
    raw.pipeInput(id, json(FERRY.formatted(id, FERRY_BODY)), Instant.parse("2026-11-28T10:00:00Z"));
    raw.pipeInput(
        "copy-elsewhere",
        json(FERRY.formatted("copy-elsewhere", FERRY_BODY)),
        Instant.parse("2026-11-28T10:01:00Z"));

    List<EnrichedArticle> out = enriched.readValuesToList();
    assertThat(out).extracting(EnrichedArticle::id).containsExactly(id, "copy-elsewhere");
    assertThat(out).extracting(EnrichedArticle::duplicateOf).containsExactly(null, id);
    assertThat(duplicatesDropped()).isEqualTo(2.0);
  }

  /**
   * At least once a re-processed article would find itself in the store: re-sends go through there.
   */
  @Test
  void atLeastOnceAResendIsDeliveredAgainRatherThanRiskLosingIt() {
    driver.close();
    StreamsBuilder builder = new StreamsBuilder();
    EnrichTopology.build(
        builder,
        topics,
        new ArticleEnricher(
            recognizer, sentiment, new LanguageDetector(), Clock.fixed(NOW, ZoneOffset.UTC)),
        new PipelineMetrics(registry),
        EnrichTopology.Windows.defaults(),
        false,
        NearDuplicateSketch.defaults());
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-alos-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(builder.build(), props);
    raw =
        driver.createInputTopic(
            topics.raw().name(), new StringSerializer(), new ByteArraySerializer());
    enriched =
        driver.createOutputTopic(
            topics.enriched().name(),
            new StringDeserializer(),
            EnrichedSchema.checking(topics.enriched().valueSerde().deserializer()));

    raw.pipeInput(
        "ferry-1",
        json(FERRY.formatted("ferry-1", FERRY_BODY)),
        Instant.parse("2026-11-28T09:00:00Z"));
    raw.pipeInput(
        "copy", json(FERRY.formatted("copy", FERRY_BODY)), Instant.parse("2026-11-28T09:00:01Z"));
    raw.pipeInput(
        "ferry-1",
        json(FERRY.formatted("ferry-1", FERRY_BODY)),
        Instant.parse("2026-11-28T09:00:02Z"));
    raw.pipeInput(
        "copy", json(FERRY.formatted("copy", FERRY_BODY)), Instant.parse("2026-11-28T09:00:03Z"));

    List<EnrichedArticle> out = enriched.readValuesToList();
    assertThat(out)
        .extracting(EnrichedArticle::id)
        .containsExactly("ferry-1", "copy", "ferry-1", "copy");
    assertThat(out)
        .extracting(EnrichedArticle::duplicateOf)
        .containsExactly(null, "ferry-1", null, "ferry-1");
    assertThat(duplicatesDropped()).isZero();
  }

  @Test
  void aCorrectionUnderTheSameIdIsDelivered() {
    raw.pipeInput(
        "ferry-1",
        json(FERRY.formatted("ferry-1", FERRY_BODY)),
        Instant.parse("2026-11-28T09:00:00Z"));
    String corrected = FERRY_BODY.replace("Tuesday", "Wednesday");
    raw.pipeInput(
        "ferry-1",
        json(FERRY.formatted("ferry-1", corrected)),
        Instant.parse("2026-11-28T09:10:00Z"));

    assertThat(enriched.readValuesToList())
        .extracting(EnrichedArticle::body)
        .containsExactly(FERRY_BODY, corrected);
    assertThat(duplicatesDropped()).isZero();
  }

  @Test
  void aResendAfterTheDuplicatesWindowIsDeliveredAgain() {
    raw.pipeInput(
        "ferry-1",
        json(FERRY.formatted("ferry-1", FERRY_BODY)),
        Instant.parse("2026-11-28T09:00:00Z"));
    raw.pipeInput(
        "ferry-1",
        json(FERRY.formatted("ferry-1", FERRY_BODY)),
        Instant.parse("2026-11-29T09:00:01Z"));

    assertThat(enriched.readValuesToList()).hasSize(2);
    assertThat(duplicatesDropped()).isZero();
  }

  @Test
  void entityMentionsAreCountedPerWindowWithoutDuplicates() {
    String story = "{\"id\":\"%s\",\"headline\":\"%s\",\"body\":\"%s\"}";
    String talks = "Talks on Ukraine resumed; Ukraine said it would attend.";
    raw.pipeInput(
        "t1",
        json(story.formatted("t1", "Talks resume", talks)),
        Instant.parse("2026-11-28T09:00:10Z"));
    raw.pipeInput(
        "t2",
        json(story.formatted("t2", "Talks resume", talks)),
        Instant.parse("2026-11-28T09:00:20Z")); // a copy
    raw.pipeInput(
        "t3",
        json(story.formatted("t3", "Second round", "A second round on Ukraine opened in Geneva.")),
        Instant.parse("2026-11-28T09:04:30Z"));
    raw.pipeInput(
        "t4",
        json(story.formatted("t4", "Third round", "Envoys met on Ukraine for a third day.")),
        Instant.parse("2026-11-28T09:05:30Z"));

    List<org.apache.kafka.streams.KeyValue<String, EntityTrend>> updates =
        trends.readKeyValuesToList();
    assertThat(updates).extracting(kv -> kv.key).containsOnly("country:UA");
    List<EntityTrend> fiveMinutes =
        updates.stream().map(kv -> kv.value).filter(t -> t.window().equals("5m")).toList();
    EntityTrend firstWindow = fiveMinutes.get(1);
    assertThat(firstWindow.windowStart()).isEqualTo(Instant.parse("2026-11-28T09:00:00Z"));
    assertThat(firstWindow.windowEnd()).isEqualTo(Instant.parse("2026-11-28T09:05:00Z"));
    assertThat(firstWindow.articles()).isEqualTo(2);
    assertThat(firstWindow.mentions())
        .isEqualTo(2); // the test recognizer reports one mention an article
    EntityTrend nextWindow = fiveMinutes.get(2);
    assertThat(nextWindow.windowStart()).isEqualTo(Instant.parse("2026-11-28T09:05:00Z"));
    assertThat(nextWindow.articles()).isEqualTo(1);
    assertThat(fiveMinutes).hasSize(3);
    // each article counts in the twelve hours-long windows that hold it, one record each
    assertThat(updates).filteredOn(kv -> kv.value.window().equals("1h")).hasSize(3 * 12);
  }

  @Test
  void theShippedModelsRunInTheTopology() {
    driver.close();
    StreamsBuilder builder = new StreamsBuilder();
    PipelineMetrics metrics = new PipelineMetrics(registry);
    EnrichTopology.build(
        builder,
        topics,
        ArticleEnricher.withModels(Clock.fixed(NOW, ZoneOffset.UTC)),
        metrics,
        EnrichTopology.Windows.defaults());
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-models-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(builder.build(), props);
    raw =
        driver.createInputTopic(
            topics.raw().name(), new StringSerializer(), new ByteArraySerializer());
    enriched =
        driver.createOutputTopic(
            topics.enriched().name(),
            new StringDeserializer(),
            EnrichedSchema.checking(topics.enriched().valueSerde().deserializer()));

    raw.pipeInput(
        "m1",
        json(
            """
        {"id":"m1","headline":"Dutch court blocks Shell pipeline",
         "body":"A court in The Hague on Friday blocked Shell from building a gas pipeline, a heavy blow to the company. Judge Marieke Vos said Shell had ignored the law. Shell said it would appeal."}"""));

    EnrichedArticle article = enriched.readValue();
    assertThat(article.entities())
        .extracting(Entity::name)
        .contains("Shell", "The Hague", "Marieke Vos");
    Entity shell =
        article.entities().stream().filter(e -> e.name().equals("Shell")).findFirst().orElseThrow();
    assertThat(shell.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(shell.mentions()).hasSize(4);
    for (Entity e : article.entities()) {
      for (Mention m : e.mentions()) {
        assertThat(article.field(m.field()).substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
  }

  /**
   * A running application finds its state and internal topics by name: renaming any of these would
   * strand the stored fingerprints and trend counts on upgrade. Routing nodes may change.
   */
  @Test
  void theNamesThatHoldStateOrMakeInternalTopicsStayAsTheyWere() {
    StreamsBuilder builder = new StreamsBuilder();
    EnrichTopology.build(
        builder,
        topics,
        new ArticleEnricher(recognizer, sentiment, new LanguageDetector(), Clock.systemUTC()),
        new PipelineMetrics(registry),
        EnrichTopology.Windows.defaults());
    Map<Integer, List<String>> bySubtopology = new TreeMap<>();
    for (TopologyDescription.Subtopology sub : builder.build().describe().subtopologies()) {
      List<String> names = new ArrayList<>();
      for (TopologyDescription.Node node : sub.nodes()) {
        if (node instanceof TopologyDescription.Source source) {
          names.add("source " + source.topicSet());
        } else if (node instanceof TopologyDescription.Processor processor
            && !processor.stores().isEmpty()) {
          names.add(processor.name() + " " + new TreeSet<>(processor.stores()));
        } else if (node instanceof TopologyDescription.Sink sink) {
          names.add("sink " + sink.topic());
        }
      }
      names.sort(null);
      bySubtopology.put(sub.id(), names);
    }

    assertThat(bySubtopology)
        .containsExactly(
            Map.entry(
                0,
                List.of(
                    "sink near-duplicate-bands-repartition",
                    "sink news.dlq",
                    "sink raw-by-fingerprint-repartition",
                    "source [news.raw]")),
            Map.entry(
                1,
                List.of(
                    "mark-duplicates [" + DuplicateMarker.STORE + "]",
                    "mark-near-duplicates ["
                        + NearDuplicateVerdict.STORIES
                        + ", "
                        + NearDuplicateVerdict.VOTES
                        + "]",
                    "sink news.dlq",
                    "sink news.dlq",
                    "sink news.dlq",
                    "sink news.enriched",
                    "sink trend-counts-repartition",
                    "source [near-duplicate-votes-repartition]",
                    "source [raw-by-fingerprint-repartition]")),
            Map.entry(
                2,
                List.of(
                    "match-bands [" + BandMatcher.STORE + "]",
                    "sink near-duplicate-votes-repartition",
                    "source [near-duplicate-bands-repartition]")),
            Map.entry(
                3,
                List.of(
                    "sink news.entity-trends",
                    "sink news.entity-trends",
                    "source [trend-counts-repartition]",
                    "trend-count-5m [" + EntityTrends.STORE + "-5m]",
                    "trend-hours [" + EntityTrends.STORE + "-5m]")));
  }
}
