package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.common.article.Entity;
import io.newsflow.common.article.EntityType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentences written for these tests, in the manner of today's news; they report no real events. */
class TodaysNamesTest {
  private static final TrainedEntityRecognizer RECOGNIZER = TrainedEntityRecognizer.load();

  private static Optional<Entity> named(String body, String name) {
    return RECOGNIZER.recognize("", body).stream().filter(e -> e.name().equals(name)).findFirst();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Amazon cut prices on its Kindle devices on Monday, and Apple said it would open a store in Oslo.|Amazon|ORGANIZATION",
        "Amazon cut prices on its Kindle devices on Monday, and Apple said it would open a store in Oslo.|Apple|ORGANIZATION",
        "Spotify raised subscription prices in Sweden, the company said.|Spotify|ORGANIZATION",
        "Shares of Amazon rose while Spotify fell 3 percent.|Amazon|ORGANIZATION",
        "Statnett, the Norwegian grid operator, warned of power shortages this winter.|Statnett|ORGANIZATION",
        "Tesla delivered more Model Y cars in Norway than any other model.|Model Y|MISC",
        "Tesla delivered more Model Y cars in Norway than any other model.|Tesla|ORGANIZATION",
        "Lava flowed across the Reykjanes peninsula towards the town of Grindavik.|Reykjanes|LOCATION",
        "Ash from the Katla volcano could ground flights, the forecaster said.|Katla|LOCATION"
      })
  void todaysNamesAreTypedAsTodaysNewsMeansThem(String body, String name, EntityType type) {
    Entity entity = named(body, name).orElseThrow(() -> new AssertionError(name + " not found in: " + body));
    assertThat(entity.type()).as(name).isEqualTo(type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Fires in the Amazon rainforest doubled in August, Brazil's space agency said.|Amazon",
        "Deforestation along the Amazon fell for a second year.|Amazon",
        "Tensions on the Korean peninsula rose after the missile test.|Korean"
      })
  void theSameWordsMeaningSomethingElseAreNotTurnedIntoCompanies(String body, String name) {
    named(body, name).ifPresent(e -> assertThat(e.type()).as(name).isNotEqualTo(
        name.equals("Korean") ? EntityType.LOCATION : EntityType.ORGANIZATION));
  }

  @Test
  void aLongerNameTheTaggerFoundIsKept() {
    List<Entity> entities = RECOGNIZER.recognize("", "Amazon Web Services restored its cloud in Frankfurt on Tuesday.");
    assertThat(entities).extracting(Entity::name).doesNotContain("Amazon");
  }
}
