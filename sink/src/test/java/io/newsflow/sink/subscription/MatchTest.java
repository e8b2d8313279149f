package io.newsflow.sink.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.common.article.ArticleSentiment;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.EntityMatch;
import io.newsflow.common.article.EntityType;
import io.newsflow.common.article.Mention;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchTest {
  private static final Entity KYIV =
      new Entity(
          "Kyiv",
          EntityType.LOCATION,
          "geonames:703448",
          List.of(new Mention("body", 0, 4, "Kyiv")),
          0.5,
          0.0);
  private static final Entity ZELENSKY =
      new Entity(
          "Volodymyr Zelensky",
          EntityType.PERSON,
          "person:volodymyr-zelensky",
          List.of(new Mention("body", 10, 18, "Zelensky")),
          0.5,
          0.0);

  private static EnrichedArticle article(double score, String language, String source) {
    return new EnrichedArticle(
        EnrichedArticle.SCHEMA,
        "a1",
        source,
        null,
        "Ceasefire talks resume",
        "Kyiv said Zelensky would attend the peace-talks on Friday.",
        language,
        null,
        null,
        null,
        List.of(KYIV, ZELENSKY),
        ArticleSentiment.of(score, List.of()),
        null);
  }

  private static Match match(List<String> names, Set<EntityType> types) {
    return new Match(
        new EntityMatch(names, types), Set.of(), Optional.empty(), Set.of(), Set.of(), List.of());
  }

  @Test
  void entitiesMatchByNameMentionOrIdInAnyCaseAndWithATypeOneEntityMustBeBoth() {
    EnrichedArticle article = article(0, "en", "reuters");
    assertThat(match(List.of("kyiv"), Set.of()).matches(article)).isTrue();
    assertThat(match(List.of("ZELENSKY"), Set.of()).matches(article)).isTrue();
    assertThat(match(List.of("geonames:703448"), Set.of()).matches(article)).isTrue();
    assertThat(match(List.of("Odesa", "Kyiv"), Set.of()).matches(article)).isTrue();
    assertThat(match(List.of("Odesa"), Set.of()).matches(article)).isFalse();
    // Kyiv is a place and Zelensky a person: no one entity is both
    assertThat(match(List.of("Kyiv"), Set.of(EntityType.PERSON)).matches(article)).isFalse();
    assertThat(
            match(List.of("Kyiv"), Set.of(EntityType.PERSON, EntityType.LOCATION)).matches(article))
        .isTrue();
    assertThat(match(List.of(), Set.of(EntityType.ORGANIZATION)).matches(article)).isFalse();
  }

  @Test
  void fieldsAndValuesOr() {
    EnrichedArticle gloomy = article(-0.5, "en", "Reuters");
    Match negativeEnglishReuters =
        new Match(
            new EntityMatch(List.of("Kyiv"), Set.of()),
            Set.of("negative", "neutral"),
            Optional.empty(),
            Set.of("EN", "uk"),
            Set.of("reuters"),
            List.of());
    assertThat(negativeEnglishReuters.matches(gloomy)).isTrue();
    assertThat(negativeEnglishReuters.matches(article(0.5, "en", "Reuters"))).isFalse();
    assertThat(negativeEnglishReuters.matches(article(-0.5, "de", "Reuters"))).isFalse();
    assertThat(negativeEnglishReuters.matches(article(-0.5, "en", "AP"))).isFalse();
    assertThat(negativeEnglishReuters.matches(article(-0.5, null, "Reuters"))).isFalse();
  }

  @Test
  void aScoreRangeIncludesBothEnds() {
    Match range =
        new Match(
            EntityMatch.any(),
            Set.of(),
            Optional.of(new Match.ScoreRange(-1.0, -0.2)),
            Set.of(),
            Set.of(),
            List.of());
    assertThat(range.matches(article(-0.2, "en", "x"))).isTrue();
    assertThat(range.matches(article(-1.0, "en", "x"))).isTrue();
    assertThat(range.matches(article(-0.19, "en", "x"))).isFalse();
  }

  @Test
  void keywordsAreWholeWordsOfHeadlineOrBodyInAnyCase() {
    EnrichedArticle article = article(0, "en", "x");
    assertThat(keyword("CEASEFIRE").matches(article)).isTrue(); // headline
    assertThat(keyword("friday").matches(article)).isTrue(); // body
    assertThat(keyword("peace talks").matches(article)).isTrue(); // words in a row
    assertThat(keyword("cease").matches(article)).isFalse(); // not a whole word
    assertThat(keyword("resume kyiv").matches(article)).isFalse(); // not across headline and body
    assertThat(keyword("truce").matches(article)).isFalse();
  }

  private static Match keyword(String keyword) {
    return new Match(
        EntityMatch.any(), Set.of(), Optional.empty(), Set.of(), Set.of(), List.of(keyword));
  }

  @Test
  void nothingAskedMatchesEverything() {
    assertThat(Match.everything().matches(article(0, null, null))).isTrue();
  }
}
