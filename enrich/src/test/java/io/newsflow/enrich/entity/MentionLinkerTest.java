package io.newsflow.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionLinkerTest {
  @Test
  void idsAreLowerCaseAsciiWordsJoinedByDashes() {
    assertThat(MentionLinker.slug("Antony Blinken")).isEqualTo("antony-blinken");
    assertThat(MentionLinker.slug("José Ramírez-Ortiz")).isEqualTo("jose-ramirez-ortiz");
    assertThat(MentionLinker.slug("  AT&T Inc. ")).isEqualTo("at-t-inc");
    assertThat(MentionLinker.slug("Zürich")).isEqualTo("zurich");
    assertThat(MentionLinker.slug("--")).isEqualTo("unnamed");
  }

  @Test
  void wordsOfAMentionDropPossessivesAndFoldQuotes() {
    assertThat(MentionLinker.words("Ukraine’s")).containsExactly("ukraine");
    assertThat(MentionLinker.words("State Department")).containsExactly("state", "department");
  }
}
