package io.newsflow.sink.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.common.article.ArticleFilter;
import io.newsflow.common.article.EntityType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubscribeQueryTest {
  @Test
  void readsTheOptionsOfSubscribe() {
    assertThat(
            SubscribeQuery.parse("entity=Antony%20Blinken&entity=Kyiv&type=loc&sentiment=NEGATIVE"))
        .isEqualTo(
            new ArticleFilter(
                List.of("Antony Blinken", "Kyiv"),
                Optional.of(EntityType.LOCATION),
                Optional.of(ArticleFilter.Label.negative)));
    assertThat(SubscribeQuery.parse(null).acceptsEverything()).isTrue();
    assertThat(SubscribeQuery.parse("").acceptsEverything()).isTrue();
  }

  @Test
  void aWrongQuerySaysWhatIsWrong() {
    assertThatThrownBy(() -> SubscribeQuery.parse("type=PLANET"))
        .hasMessageContaining("PLANET")
        .hasMessageContaining("LOCATION");
    assertThatThrownBy(() -> SubscribeQuery.parse("sentiment=angry"))
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> SubscribeQuery.parse("entitty=Kyiv")).hasMessageContaining("entitty");
    assertThatThrownBy(() -> SubscribeQuery.parse("entity=")).hasMessageContaining("value");
    assertThatThrownBy(() -> SubscribeQuery.parse("entity=%zz")).hasMessageContaining("escape");
  }
}
