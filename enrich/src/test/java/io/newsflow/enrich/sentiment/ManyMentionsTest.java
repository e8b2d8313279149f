package io.newsflow.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsflow.common.article.Entity;
import io.newsflow.common.article.EntityType;
import io.newsflow.common.article.Mention;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression: each mention cut its whole sentence into clauses again, so one sentence naming an
 * entity 100,000 times ("Ukraine, Ukraine, ...") took most of an hour to score.
 */
class ManyMentionsTest {
  @Test
  void oneSentenceWithAHundredThousandMentionsIsScoredInBoundedTime() {
    String body = "Ukraine, ".repeat(100_000);
    List<Mention> mentions = new ArrayList<>();
    for (int at = 0; at < body.length(); at += 9) {
      mentions.add(new Mention(Mention.BODY, at, at + 7, "Ukraine"));
    }
    Entity ukraine = new Entity("Ukraine", EntityType.LOCATION, "country:UA", mentions, 1.0, 0.0);
    NewsSentimentAnalyzer analyzer = NewsSentimentAnalyzer.load();

    SentimentAnalyzer.Result result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> analyzer.analyze("Ukraine", body, List.of(ukraine)));

    assertThat(result.entities())
        .singleElement()
        .satisfies(e -> assertThat(e.sentiment()).isBetween(-1.0, 1.0));
  }

  @Test
  void eachMentionIsJudgedByItsOwnClause() {
    String body = "Russia was condemned, while Ukraine was praised.";
    int russia = body.indexOf("Russia");
    int ukraine = body.indexOf("Ukraine");
    Entity r =
        new Entity(
            "Russia",
            EntityType.LOCATION,
            "country:RU",
            List.of(new Mention(Mention.BODY, russia, russia + 6, "Russia")),
            1.0,
            0.0);
    Entity u =
        new Entity(
            "Ukraine",
            EntityType.LOCATION,
            "country:UA",
            List.of(new Mention(Mention.BODY, ukraine, ukraine + 7, "Ukraine")),
            1.0,
            0.0);

    List<Entity> scored = NewsSentimentAnalyzer.load().analyze("", body, List.of(r, u)).entities();

    assertThat(scored.get(0).sentiment()).isLessThan(scored.get(1).sentiment());
  }
}
