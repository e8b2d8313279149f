package io.newsflow.enrich.trend;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.article.ArticleSentiment;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.EntityTrend;
import io.newsflow.common.article.EntityType;
import io.newsflow.common.article.Mention;
import io.newsflow.common.kafka.Topics;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.enrich.entity.EntityRecognizer;
import io.newsflow.enrich.language.LanguageDetector;
import io.newsflow.enrich.sentiment.SentimentAnalyzer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The enrich topology's trend counts, read back from its stores through {@link Trends#read}, the
 * code that answers {@code /trends}, against windows counted by hand.
 */
@Timeout(60)
class TrendsTopologyTest {
  private static final Map<String, Entity> KNOWN =
      Map.of(
          "Shell", entity("Shell", EntityType.ORGANIZATION, "org:shell"),
          "Kenya", entity("Kenya", EntityType.LOCATION, "country:KE"),
          "Vos", entity("Vos", EntityType.PERSON, "person:vos"));

  /** Names each known word of the body as often as it occurs there. */
  private static final EntityRecognizer RECOGNIZER =
      (headline, body) -> {
        List<Entity> found = new ArrayList<>();
        KNOWN.forEach(
            (word, e) -> {
              List<Mention> mentions = new ArrayList<>();
              for (int at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
                mentions.add(new Mention(Mention.BODY, at, at + word.length(), word));
              }
              if (!mentions.isEmpty()) {
                found.add(new Entity(e.name(), e.type(), e.id(), mentions, 1.0, 0.0));
              }
            });
        return found;
      };

  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> raw;

  private static Entity entity(String name, EntityType type, String id) {
    return new Entity(name, type, id, List.of(new Mention(Mention.BODY, 0, 1, "x")), 1.0, 0.0);
  }

  @BeforeEach
  void start() {
    SentimentAnalyzer neutral =
        (headline, body, entities) ->
            new SentimentAnalyzer.Result(ArticleSentiment.of(0.0, List.of()), entities);
    ArticleEnricher enricher =
        new ArticleEnricher(
            RECOGNIZER,
            neutral,
            new LanguageDetector(),
            Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC));
    Topics topics = Topics.defaults();
    StreamsBuilder builder = new StreamsBuilder();
    EnrichTopology.build(
        builder,
        topics,
        enricher,
        new PipelineMetrics(new SimpleMeterRegistry()),
        EnrichTopology.Windows.defaults());
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "trends-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(builder.build(), props);
    raw =
        driver.createInputTopic(
            topics.raw().name(), new StringSerializer(), new ByteArraySerializer());

    // in time order; counted by hand below
    article("a7", "Early", "Shell.", "08:05:00"); // Shell 1
    article("a1", "One", "Shell and Kenya. Shell again.", "08:58:00"); // Shell 2, Kenya 1
    article("a2", "Two", "Kenya, Kenya, Kenya.", "09:01:00"); // Kenya 3
    article("a3", "Three", "Shell in Kenya.", "09:02:00"); // Shell 1, Kenya 1
    article("a4", "Three", "Shell in Kenya.", "09:02:30"); // a copy of a3: not counted
    article("a5", "Five", "Vos met Shell.", "09:03:00"); // Vos 1, Shell 1
    article("a6", "Six", "Vos and Kenya.", "09:06:00"); // Vos 1, Kenya 1
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private void article(String id, String headline, String body, String time) {
    String json =
        "{\"id\":\"%s\",\"headline\":\"%s\",\"body\":\"%s\"}".formatted(id, headline, body);
    raw.pipeInput(
        id, json.getBytes(StandardCharsets.UTF_8), Instant.parse("2026-12-03T" + time + "Z"));
  }

  private Trends trends(TrendWindow window, String at, int top) {
    ReadOnlyWindowStore<String, EntityTrend> store = driver.getWindowStore(window.store());
    return Trends.read(window, Instant.parse("2026-12-03T" + at + "Z"), top, List.of(store));
  }

  private static Trends.Row row(String id, long articles, long mentions) {
    Entity e = KNOWN.values().stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    return new Trends.Row(id, e.name(), e.type().name(), articles, mentions);
  }

  @Test
  void fiveMinutesCountTheArticlesOfTheirWindowOnlyAndNotTheCopy() {
    Trends trends = trends(TrendWindow.FIVE_MINUTES, "09:03:30", 20);

    assertThat(trends.window()).isEqualTo("5m");
    assertThat(trends.start()).isEqualTo(Instant.parse("2026-12-03T09:00:00Z"));
    assertThat(trends.end()).isEqualTo(Instant.parse("2026-12-03T09:05:00Z"));
    // a2, a3, a5; equal articles, so more mentions first
    assertThat(trends.entities())
        .containsExactly(row("country:KE", 2, 4), row("org:shell", 2, 2), row("person:vos", 1, 1));
  }

  @Test
  void aWindowStartsAtItsBoundaryAndEqualCountsComeByIdAndTopCuts() {
    Trends trends = trends(TrendWindow.FIVE_MINUTES, "09:05:00", 20);

    assertThat(trends.start()).isEqualTo(Instant.parse("2026-12-03T09:05:00Z"));
    assertThat(trends.entities()).containsExactly(row("country:KE", 1, 1), row("person:vos", 1, 1));
    assertThat(trends(TrendWindow.FIVE_MINUTES, "09:05:00", 1).entities())
        .containsExactly(row("country:KE", 1, 1));
  }

  @Test
  void theHourIsTheOneUpToTheNextFiveMinuteBoundary() {
    Trends trends = trends(TrendWindow.ONE_HOUR, "09:07:00", 20);

    assertThat(trends.window()).isEqualTo("1h");
    assertThat(trends.start()).isEqualTo(Instant.parse("2026-12-03T08:10:00Z"));
    assertThat(trends.end()).isEqualTo(Instant.parse("2026-12-03T09:10:00Z"));
    // a1, a2, a3, a5, a6; a7 (08:05) is before it
    assertThat(trends.entities())
        .containsExactly(row("country:KE", 4, 6), row("org:shell", 3, 4), row("person:vos", 2, 2));

    // 08:00 to 09:00: a7 and a1
    assertThat(trends(TrendWindow.ONE_HOUR, "08:59:59", 20).entities())
        .containsExactly(row("org:shell", 2, 3), row("country:KE", 1, 1));
  }

  /**
   * On the topic, each hour that holds an updated five-minute window goes out, and an hour's last
   * record is its final count: the same as {@code /trends} answers.
   */
  @Test
  void theTopicsLastRecordOfAnHourIsItsCount() {
    Topics topics = Topics.defaults();
    Map<String, EntityTrend> lastOfHour = new HashMap<>();
    int hours = 0;
    for (KeyValue<String, EntityTrend> update :
        driver
            .createOutputTopic(
                topics.entityTrends().name(),
                new StringDeserializer(),
                topics.entityTrends().valueSerde().deserializer())
            .readKeyValuesToList()) {
      if (update.value.window().equals("1h")) {
        hours++;
        lastOfHour.put(update.key + "@" + update.value.windowStart(), update.value);
      }
    }

    EntityTrend kenya = lastOfHour.get("country:KE@2026-12-03T08:10:00Z");
    assertThat(kenya.windowEnd()).isEqualTo(Instant.parse("2026-12-03T09:10:00Z"));
    assertThat(kenya.articles()).isEqualTo(4);
    assertThat(kenya.mentions()).isEqualTo(6);
    EntityTrend shell = lastOfHour.get("org:shell@2026-12-03T08:00:00Z");
    assertThat(shell.articles()).isEqualTo(2);
    assertThat(shell.mentions()).isEqualTo(3);
    // twelve hours for each entity of each counted article: 1 + 2 + 1 + 2 + 2 + 2 names
    assertThat(hours).isEqualTo(10 * 12);
  }

  @Test
  void aWindowWithNothingInItIsEmpty() {
    assertThat(trends(TrendWindow.FIVE_MINUTES, "09:30:00", 20).entities()).isEmpty();
  }

  @Test
  void partsFromSeveralInstancesMergeIntoOneRanking() {
    Instant start = Instant.parse("2026-12-03T09:00:00Z");
    Trends one =
        new Trends("5m", start, start, List.of(row("org:shell", 5, 5), row("country:KE", 3, 1)));
    Trends other =
        new Trends("5m", start, start, List.of(row("person:vos", 4, 1), row("country:KE", 3, 1)));

    Trends merged = Trends.merge(TrendWindow.FIVE_MINUTES, start, List.of(one, other), 2);

    assertThat(merged.end()).isEqualTo(Instant.parse("2026-12-03T09:05:00Z"));
    assertThat(merged.entities()).containsExactly(row("country:KE", 6, 2), row("org:shell", 5, 5));
  }
}
