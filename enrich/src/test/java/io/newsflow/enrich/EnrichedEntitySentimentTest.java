package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.kafka.ProcessingResult;
import io.newsflow.enrich.sentiment.TargetScorer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The enriched article's entities carry the target scores of their mentions. */
@Timeout(120)
class EnrichedEntitySentimentTest {
  private static final String BODY =
      "Critics condemned Russia for the attack, while leaders praised Ukraine for its courage.";

  @Test
  void eachEntityScoresAsItsMentionsDo() {
    ArticleEnricher enricher =
        ArticleEnricher.withModels(
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    String json = "{\"id\": \"a1\", \"headline\": \"Talks go on\", \"body\": \"" + BODY + "\"}";

    ProcessingResult<EnrichedArticle> result =
        enricher.enrich(json.getBytes(StandardCharsets.UTF_8));

    assertThat(result).isInstanceOf(ProcessingResult.Success.class);
    EnrichedArticle article = ((ProcessingResult.Success<EnrichedArticle>) result).value();
    Entity russia = named(article, "Russia");
    Entity ukraine = named(article, "Ukraine");
    TargetScorer targets = TargetScorer.load();
    assertThat(russia.sentiment()).isEqualTo(mentionScore(targets, russia), within());
    assertThat(ukraine.sentiment()).isEqualTo(mentionScore(targets, ukraine), within());
    assertThat(russia.sentiment()).isLessThan(-0.05);
    assertThat(ukraine.sentiment()).isGreaterThan(0.05);
  }

  private static double mentionScore(TargetScorer targets, Entity e) {
    assertThat(e.mentions()).hasSize(1);
    return targets.score(BODY, e.mentions().get(0).start(), e.mentions().get(0).end());
  }

  private static Entity named(EnrichedArticle article, String name) {
    return article.entities().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + article.entities()));
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
