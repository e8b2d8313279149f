package io.newsflow.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClausesTest {

  private static List<String> clauses(String text) {
    return Clauses.split(text, new Span(0, text.length())).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void contrastiveConnectivesStartClauses() {
    assertThat(clauses("Russia was condemned while Ukraine was praised."))
        .containsExactly("Russia was condemned", "while Ukraine was praised.");
    assertThat(clauses("Exports rose, but imports fell; the deficit narrowed."))
        .containsExactly("Exports rose", "but imports fell", "the deficit narrowed.");
    assertThat(clauses("Although Paris objected, Berlin agreed."))
        .containsExactly("Although Paris objected", "Berlin agreed.")
        .hasSize(2);
  }

  @Test
  void aSentenceWithoutContrastIsOneClause() {
    assertThat(clauses("The minister met her counterpart in Brussels."))
        .containsExactly("The minister met her counterpart in Brussels.");
    // "butter" is not "but"
    assertThat(clauses("Butter prices rose.")).hasSize(1);
  }

  @Test
  void offsetsPointIntoTheWholeText() {
    String text = "Headline. Oslo gained while Bergen lost.";
    List<Span> spans = Clauses.split(text, new Span(10, text.length()));
    assertThat(spans)
        .extracting(s -> s.of(text))
        .containsExactly("Oslo gained", "while Bergen lost.");
    assertThat(spans.get(0).start()).isEqualTo(10);
  }
}
