package io.newsflow.enrich.entity.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagsTest {
  @Test
  void convertsIobToBilouAndBack() {
    List<String> iob =
        List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-MISC", "I-MISC", "I-MISC");
    int[] bilou = Tags.fromIob(iob);
    assertThat(java.util.Arrays.stream(bilou).mapToObj(Tags::name).toList())
        .containsExactly("B-PER", "L-PER", "O", "U-LOC", "U-LOC", "B-MISC", "I-MISC", "L-MISC");
    assertThat(Tags.toIob2(bilou))
        .containsExactly("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-MISC", "I-MISC", "I-MISC");
  }

  @Test
  void onlyLegalTransitionsAreAllowed() {
    int bPer = Tags.tag('B', 0);
    assertThat(Tags.allowed(bPer, Tags.tag('L', 0))).isTrue();
    assertThat(Tags.allowed(bPer, Tags.O)).isFalse();
    assertThat(Tags.allowed(bPer, Tags.tag('I', 1))).isFalse();
    assertThat(Tags.allowed(-1, Tags.tag('I', 0))).isFalse();
    assertThat(Tags.canEnd(bPer)).isFalse();
  }

  @Test
  void findsSpansLikeConlleval() {
    String[] tags = {"B-ORG", "I-ORG", "I-LOC", "O", "I-PER"};
    assertThat(Tags.spans(tags))
        .extracting(s -> List.of(s[0], s[1], s[2]))
        .containsExactly(List.of(0, 2, 1), List.of(2, 3, 2), List.of(4, 5, 0));
  }
}
