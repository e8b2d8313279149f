package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.article.ArticleSentiment;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.config.Config;
import io.newsflow.common.config.ConfigException;
import io.newsflow.common.kafka.DeadLetterHandlers;
import io.newsflow.common.kafka.DeadLetters;
import io.newsflow.common.kafka.ProcessingResult;
import io.newsflow.common.kafka.Topics;
import io.newsflow.common.metrics.PipelineMetrics;
import io.newsflow.enrich.entity.EntityRecognizer;
import io.newsflow.enrich.language.LanguageDetector;
import io.newsflow.enrich.sentiment.SentimentAnalyzer;
import io.newsflow.testkit.EnrichedSchema;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
import org.junit.jupiter.api.Test;

/**
 * {@code newsflow.enrich.article.budget}: an article that takes longer than its budget is
 * dead-lettered (stage {@code enrich}, reason "over the processing budget ...") and the partition
 * goes on with the next record.
 */
class ArticleBudgetTest {
  private static final byte[] SLOW =
      "{\"id\":\"slow\",\"headline\":\"Slow\",\"body\":\"SLOW article.\"}"
          .getBytes(StandardCharsets.UTF_8);
  private static final byte[] QUICK =
      "{\"id\":\"quick\",\"headline\":\"Quick\",\"body\":\"A quick article.\"}"
          .getBytes(StandardCharsets.UTF_8);

  /** Takes 300 ms on articles that say SLOW, no time on others. */
  private final EntityRecognizer recognizer =
      (headline, body) -> {
        if (body.contains("SLOW")) {
          try {
            Thread.sleep(300);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return List.of();
      };

  private final SentimentAnalyzer sentiment =
      (headline, body, entities) ->
          new SentimentAnalyzer.Result(ArticleSentiment.of(0.0, List.of()), entities);

  private ArticleEnricher enricher(Duration budget) {
    return new ArticleEnricher(recognizer, sentiment, new LanguageDetector(), Clock.systemUTC())
        .withBudget(budget);
  }

  @Test
  void anArticleOverItsBudgetIsDeadLetteredAndTheNextOneGoesThrough() {
    Topics topics = Topics.defaults();
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    PipelineMetrics metrics = new PipelineMetrics(registry);
    StreamsBuilder builder = new StreamsBuilder();
    EnrichTopology.build(
        builder,
        topics,
        enricher(Duration.ofMillis(100)),
        metrics,
        EnrichTopology.Windows.defaults());
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "budget-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.putAll(DeadLetterHandlers.config(topics.deadLetters().name(), metrics));
    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
      TestInputTopic<String, byte[]> raw =
          driver.createInputTopic(
              topics.raw().name(), new StringSerializer(), new ByteArraySerializer());
      TestOutputTopic<String, EnrichedArticle> enriched =
          driver.createOutputTopic(
              topics.enriched().name(),
              new StringDeserializer(),
              EnrichedSchema.checking(topics.enriched().valueSerde().deserializer()));
      TestOutputTopic<byte[], byte[]> deadLetters =
          driver.createOutputTopic(
              topics.deadLetters().name(),
              new ByteArrayDeserializer(),
              new ByteArrayDeserializer());

      raw.pipeInput("slow", SLOW);
      raw.pipeInput("quick", QUICK);

      TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
      assertThat(letter.value()).isEqualTo(SLOW);
      assertThat(DeadLetters.header(letter.headers(), DeadLetters.STAGE))
          .isEqualTo(ArticleEnricher.ENRICH);
      assertThat(DeadLetters.header(letter.headers(), DeadLetters.REASON))
          .startsWith("over the processing budget: ")
          .contains("> 100 ms, after the entities step");
      assertThat(deadLetters.isEmpty()).isTrue();
      assertThat(enriched.readValuesToList())
          .extracting(EnrichedArticle::id)
          .containsExactly("quick");
      assertThat(
              registry
                  .counter(
                      "newsflow.dead.letters",
                      "stage",
                      "enrich",
                      "reason",
                      ArticleEnricher.OVER_BUDGET)
                  .count())
          .isEqualTo(1.0);
    }
  }

  @Test
  void theDefaultBudgetLetsAnOrdinaryArticleThrough() {
    ArticleEnricher enricher =
        new ArticleEnricher(recognizer, sentiment, new LanguageDetector(), Clock.systemUTC());
    assertThat(enricher.budget()).isEqualTo(Duration.ofSeconds(5));
    assertThat(enricher.enrich(SLOW)).isInstanceOf(ProcessingResult.Success.class);
  }

  @Test
  void theBudgetIsASetting() {
    Config config = new Config(Map.of(EnrichSettings.ARTICLE_BUDGET, "250ms"), Map.of(), Map.of());
    assertThat(EnrichSettings.from(config).articleBudget()).isEqualTo(Duration.ofMillis(250));
    assertThat(EnrichSettings.from(new Config(Map.of(), Map.of(), Map.of())).articleBudget())
        .isEqualTo(ArticleEnricher.DEFAULT_BUDGET);
    assertThatThrownBy(
            () ->
                EnrichSettings.from(
                    new Config(Map.of(EnrichSettings.ARTICLE_BUDGET, "0s"), Map.of(), Map.of())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(EnrichSettings.ARTICLE_BUDGET);
  }
}
