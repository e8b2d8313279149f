package io.newsflow.common.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.common.article.ArticleFilter.Label;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleFilterTest {
  private static final Entity BLINKEN =
      new Entity(
          "Antony Blinken",
          EntityType.PERSON,
          "person:antony-blinken",
          List.of(
              new Mention("body", 0, 14, "Antony Blinken"), new Mention("body", 40, 47, "Blinken")),
          0.8,
          -0.2);
  private static final Entity GEORGIA =
      new Entity(
          "Georgia",
          EntityType.LOCATION,
          "GE",
          List.of(new Mention("headline", 0, 7, "Georgia")),
          0.5,
          0);

  private static final EnrichedArticle NEGATIVE = article(-0.4, BLINKEN, GEORGIA);
  private static final EnrichedArticle NEUTRAL_NO_ENTITIES = article(0.0);

  @Test
  void noCriteriaMatchesEverything() {
    ArticleFilter filter = ArticleFilter.everything();
    assertThat(filter.acceptsEverything()).isTrue();
    assertThat(filter.matches(NEGATIVE)).isTrue();
    assertThat(filter.matches(NEUTRAL_NO_ENTITIES)).isTrue();
  }

  @Test
  void anEntityMatchesByNameMentionOrIdIgnoringCase() {
    assertThat(entities("antony blinken").matches(NEGATIVE)).isTrue();
    assertThat(entities("BLINKEN").matches(NEGATIVE)).as("a short mention").isTrue();
    assertThat(entities("ge").matches(NEGATIVE)).as("the id").isTrue();
    assertThat(entities("Blink").matches(NEGATIVE)).as("not a prefix").isFalse();
    assertThat(entities("Blinken").matches(NEUTRAL_NO_ENTITIES)).isFalse();
  }

  @Test
  void repeatedEntitiesMatchAnyOfThem() {
    assertThat(entities("Macron", "Georgia").matches(NEGATIVE)).isTrue();
    assertThat(entities("Macron", "Scholz").matches(NEGATIVE)).isFalse();
  }

  @Test
  void aTypeWantsAnEntityOfThatType() {
    assertThat(type(EntityType.LOCATION).matches(NEGATIVE)).isTrue();
    assertThat(type(EntityType.ORGANIZATION).matches(NEGATIVE)).isFalse();
  }

  @Test
  void anEntityAndATypeWantOneEntityThatIsBoth() {
    ArticleFilter georgiaThePerson =
        new ArticleFilter(List.of("Georgia"), Optional.of(EntityType.PERSON), Optional.empty());
    ArticleFilter georgiaThePlace =
        new ArticleFilter(List.of("Georgia"), Optional.of(EntityType.LOCATION), Optional.empty());
    assertThat(georgiaThePerson.matches(NEGATIVE)).isFalse();
    assertThat(georgiaThePlace.matches(NEGATIVE)).isTrue();
  }

  @Test
  void sentimentMatchesTheLabel() {
    assertThat(sentiment(Label.negative).matches(NEGATIVE)).isTrue();
    assertThat(sentiment(Label.positive).matches(NEGATIVE)).isFalse();
    assertThat(sentiment(Label.neutral).matches(NEUTRAL_NO_ENTITIES)).isTrue();
  }

  @Test
  void aMissingLabelIsDerivedFromTheScoreAndNoSentimentNeverMatches() {
    EnrichedArticle unlabelled = withSentiment(new ArticleSentiment(0.6, null, List.of()));
    EnrichedArticle unscored = withSentiment(null);
    assertThat(sentiment(Label.positive).matches(unlabelled)).isTrue();
    assertThat(sentiment(Label.neutral).matches(unscored)).isFalse();
    assertThat(ArticleFilter.everything().matches(unscored)).isTrue();
  }

  @Test
  void allCriteriaMustHold() {
    ArticleFilter filter =
        new ArticleFilter(
            List.of("Blinken"), Optional.of(EntityType.PERSON), Optional.of(Label.positive));
    assertThat(filter.matches(NEGATIVE)).isFalse();
  }

  private static ArticleFilter entities(String... names) {
    return new ArticleFilter(List.of(names), Optional.empty(), Optional.empty());
  }

  private static ArticleFilter type(EntityType type) {
    return new ArticleFilter(List.of(), Optional.of(type), Optional.empty());
  }

  private static ArticleFilter sentiment(Label label) {
    return new ArticleFilter(List.of(), Optional.empty(), Optional.of(label));
  }

  private static EnrichedArticle article(double score, Entity... entities) {
    return article(List.of(entities), ArticleSentiment.of(score, List.of()));
  }

  private static EnrichedArticle withSentiment(ArticleSentiment sentiment) {
    return article(List.of(), sentiment);
  }

  private static EnrichedArticle article(List<Entity> entities, ArticleSentiment sentiment) {
    return new EnrichedArticle(
        EnrichedArticle.SCHEMA,
        "id",
        "test",
        null,
        "headline",
        "body",
        "en",
        null,
        null,
        null,
        entities,
        sentiment,
        null);
  }
}
