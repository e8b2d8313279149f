package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.article.ArticleSentiment;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.EntityType;
import io.newsflow.common.article.Mention;
import io.newsflow.common.json.Json;
import io.newsflow.common.kafka.DeadLetterHandlers;
import io.newsflow.common.kafka.DeadLetters;
import io.newsflow.common.kafka.Topics;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.sink.format.DownstreamFormat;
import io.newsflow.testkit.EnrichedSchema;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SinkTopologyTest {
  private static final Instant RECEIVED = Instant.parse("2026-11-28T10:00:00Z");
  private static final Instant NOW = RECEIVED.plusMillis(1500);

  private Topics topics = Topics.defaults();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> enriched;
  private TestOutputTopic<String, byte[]> downstream;
  private TestOutputTopic<byte[], byte[]> deadLetters;

  private void start(DownstreamFormat format) {
    PipelineMetrics metrics = new PipelineMetrics(registry);
    StreamsBuilder builder = new StreamsBuilder();
    SinkTopology.build(builder, topics, format, metrics, Clock.fixed(NOW, ZoneOffset.UTC));
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sink-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.putAll(DeadLetterHandlers.config(topics.deadLetters().name(), metrics));
    driver = new TopologyTestDriver(builder.build(), props);
    enriched =
        driver.createInputTopic(
            topics.enriched().name(), new StringSerializer(), new ByteArraySerializer());
    downstream =
        driver.createOutputTopic(
            topics.downstream().name(), new StringDeserializer(), new ByteArrayDeserializer());
    deadLetters =
        driver.createOutputTopic(
            topics.deadLetters().name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private static EnrichedArticle article(String id) {
    String body = "Talks in Brussels went well.";
    return new EnrichedArticle(
        EnrichedArticle.SCHEMA,
        id,
        "test",
        "https://example.org/" + id,
        "Talks",
        body,
        "en",
        RECEIVED,
        RECEIVED,
        RECEIVED,
        List.of(
            new Entity(
                "Brussels",
                EntityType.LOCATION,
                "city:brussels",
                List.of(new Mention(Mention.BODY, 9, 17, "Brussels")),
                1.0,
                0.3)),
        ArticleSentiment.of(0.4, List.of()),
        null);
  }

  private static byte[] bytes(EnrichedArticle article) {
    return topicsSerializer().serialize("t", article);
  }

  private static org.apache.kafka.common.serialization.Serializer<EnrichedArticle>
      topicsSerializer() {
    return Topics.defaults().enriched().valueSerde().serializer();
  }

  @Test
  void deliversTheEnrichedArticleUnchangedAndMeasuresItsLatency() {
    start(DownstreamFormat.ENRICHED);
    byte[] original = bytes(article("a1"));
    enriched.pipeInput("a1", original);

    TestRecord<String, byte[]> out = downstream.readRecord();
    assertThat(out.key()).isEqualTo("a1");
    assertThat(out.value()).isEqualTo(original);
    EnrichedSchema.assertValid(new String(out.value(), StandardCharsets.UTF_8));
    assertThat(registry.counter("newsflow.articles.delivered").count()).isEqualTo(1.0);
    assertThat(registry.timer("newsflow.end.to.end").totalTime(TimeUnit.MILLISECONDS))
        .isEqualTo(1500.0);
  }

  @Test
  void rendersNinjsOnRequest() throws Exception {
    start(DownstreamFormat.NINJS);
    enriched.pipeInput("a2", bytes(article("a2")));

    JsonNode ninjs = Json.tree(new String(downstream.readValue(), StandardCharsets.UTF_8));
    assertThat(ninjs.path("uri").asText()).isEqualTo("urn:newsflow:article:a2");
    assertThat(ninjs.path("headlines").get(0).path("value").asText()).isEqualTo("Talks");
    assertThat(ninjs.path("places").get(0).path("name").asText()).isEqualTo("Brussels");
    assertThat(ninjs.path("standard").path("version").asText()).isEqualTo("3.1");
  }

  @Test
  void somethingThatIsNotAnEnrichedArticleIsDeadLettered() {
    start(DownstreamFormat.ENRICHED);
    byte[] junk = "{\"schema\":\"other/9\",\"id\":\"z\"}".getBytes(StandardCharsets.UTF_8);
    enriched.pipeInput("z", junk);
    enriched.pipeInput("y", "][".getBytes(StandardCharsets.UTF_8));

    List<TestRecord<byte[], byte[]>> letters = deadLetters.readRecordsToList();
    assertThat(letters).hasSize(2);
    assertThat(letters.get(0).value()).isEqualTo(junk);
    assertThat(DeadLetters.header(letters.get(0).headers(), DeadLetters.REASON))
        .isEqualTo("unknown schema: other/9");
    assertThat(DeadLetters.header(letters.get(1).headers(), DeadLetters.STAGE))
        .isEqualTo("deliver");
    assertThat(DeadLetters.header(letters.get(1).headers(), DeadLetters.SOURCE_TOPIC))
        .isEqualTo(Topics.ENRICHED);
    assertThat(downstream.isEmpty()).isTrue();
  }

  @Test
  void anArticleTooLargeForItsTopicIsDeadLetteredNotSent() {
    // under exactly_once_v2 a record the broker refuses would abort the transaction, forever
    topics = Topics.named(java.util.Map.of(), 4096);
    start(DownstreamFormat.ENRICHED);
    EnrichedArticle small = article("small");
    EnrichedArticle big =
        new EnrichedArticle(
            EnrichedArticle.SCHEMA,
            "big",
            "test",
            null,
            "Talks",
            "Talks went on. ".repeat(400),
            "en",
            RECEIVED,
            RECEIVED,
            RECEIVED,
            List.of(),
            ArticleSentiment.of(0.0, List.of()),
            null);
    byte[] bigBytes = Topics.defaults().enriched().valueSerde().serializer().serialize("t", big);
    enriched.pipeInput("big", bigBytes);
    enriched.pipeInput("small", bytes(small));

    assertThat(downstream.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("small");
    List<TestRecord<byte[], byte[]>> letters = deadLetters.readRecordsToList();
    assertThat(letters).hasSize(1);
    assertThat(letters.get(0).value()).isEqualTo(bigBytes);
    assertThat(DeadLetters.header(letters.get(0).headers(), DeadLetters.REASON))
        .startsWith("too large: " + bigBytes.length + " bytes downstream");
  }
}
