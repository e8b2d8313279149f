package io.newsflow.enrich.entity.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameListsTest {
  @Test
  void readOnceGivesWhatEachFileGivesAlone() {
    NameLists all = NameLists.read();
    for (String file : List.of(TypedNames.COMPROMISE, TypedNames.FAKER, TypedNames.COMPANIES)) {
      assertThat(all.names(file)).containsExactlyInAnyOrderElementsOf(TypedNames.names(file));
    }
    assertThat(all.names(TypedNames.DATAFAKER, Set.of("org")))
        .containsExactlyElementsOf(TypedNames.names(TypedNames.DATAFAKER, Set.of("org")))
        .isNotEmpty();
  }

  @Test
  void theGazetteerOfListsAlreadyReadIsTheSame() {
    String[] words = {"einstein", "swam", "the", "danube", "in", "new", "york", "city"};
    assertThat(TypedNames.load(NameLists.read()).annotate(words))
        .containsExactly(TypedNames.load().annotate(words));
  }

  @Test
  void aFileNotReadIsAnError() {
    NameLists one = NameLists.read(List.of(TypedNames.REGIONS));
    assertThat(one.names(TypedNames.REGIONS)).isNotEmpty();
    assertThatThrownBy(() -> one.names(TypedNames.TOWNS))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
