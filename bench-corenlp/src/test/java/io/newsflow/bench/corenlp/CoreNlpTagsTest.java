package io.newsflow.bench.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoreNlpTagsTest {
  @Test
  void bareClassNamesBecomeIob2SpansThatStartWhereTheTypeChanges() {
    List<String> answers =
        List.of("PERSON", "PERSON", "O", "ORGANIZATION", "LOCATION", "LOCATION", "MISC");

    assertThat(CoreNlpTags.toIob2(answers))
        .containsExactly("B-PER", "I-PER", "O", "B-ORG", "B-LOC", "I-LOC", "B-MISC");
  }

  @Test
  void prefixedAnswersKeepTheirBoundaries() {
    List<String> answers =
        List.of("B-PER", "I-PER", "B-PER", "S-LOC", "S-LOC", "B-ORG", "E-ORG", "I-ORG");

    assertThat(CoreNlpTags.toIob2(answers))
        .containsExactly("B-PER", "I-PER", "B-PER", "B-LOC", "B-LOC", "B-ORG", "I-ORG", "B-ORG");
  }

  @Test
  void anAnswerAfterOutsideAlwaysStartsASpan() {
    assertThat(CoreNlpTags.toIob2(List.of("O", "I-MISC", "O", "MISC")))
        .containsExactly("O", "B-MISC", "O", "B-MISC");
  }
}
