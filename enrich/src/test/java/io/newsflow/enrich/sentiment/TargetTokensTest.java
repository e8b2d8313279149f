package io.newsflow.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A token's facts are the same whether the vocabulary has its word (looked up from the chars) or
 * not (worked out from its lower-case string).
 */
@Timeout(60)
class TargetTokensTest {
  private static final List<String> SENTENCES =
      List.of(
          "Critics condemned Russia for the attack, while leaders praised Ukraine.",
          "“We will NOT surrender,” Zelensky’s aide said; the talks didn't resume — yet.",
          "İstanbul's mayor attacks the government's failing policies (reportedly).",
          "Smith, however, was accused of fraud by Jones, who isn't honest either.");

  @Test
  void factsFromTheVocabularyEqualThoseWorkedOutFromTheString() {
    VaderLexicon lexicon = VaderLexicon.load();
    TargetVocabulary vocabulary =
        new TargetVocabulary(lexicon).with(List.of("critics", "condemned", "talks", "mayor"), null);
    int found = 0;
    for (String s : SENTENCES) {
      TargetTokens t = TargetTokens.of(s, vocabulary);
      for (int i = 0; i < t.count; i++) {
        String lower = s.substring(t.starts[i], t.ends[i]).toLowerCase(Locale.ROOT);
        TargetVocabulary.Facts f = TargetVocabulary.Facts.of(lower, lexicon, null);
        assertThat(t.lower[i]).isEqualTo(lower);
        assertThat(t.ids[i]).isEqualTo(FeatureIds.word(lower));
        assertThat(t.stems[i]).isEqualTo(f.stem());
        assertThat(t.stemLengths[i]).isEqualTo(f.stemLength());
        assertThat(t.roles[i]).isEqualTo(f.roles());
        assertThat(t.negation[i]).isEqualTo(f.negation());
        assertThat(t.valence[i])
            .isEqualTo(!t.word[i] ? 0 : t.negated[i] ? f.valence() * -0.74 : f.valence());
        found +=
            lower.equals("condemned") || lower.equals("not") || lower.equals("attacks") ? 1 : 0;
      }
    }
    assertThat(found).isEqualTo(3);
  }

  @Test
  void tokensAreLowerCaseWithTheirFacts() {
    TargetTokens t =
        TargetTokens.of("Leaders did NOT praise Kyiv.", new TargetVocabulary(VaderLexicon.load()));
    assertThat(t.lower).containsExactly("leaders", "did", "not", "praise", "kyiv", ".");
    assertThat(t.ids[2]).isEqualTo(FeatureIds.word("not"));
    assertThat(t.stems[0]).isEqualTo(FeatureIds.word("leader"));
    assertThat(t.negated[3]).isTrue();
    assertThat(t.valence[3]).isLessThan(0); // praise, negated
    assertThat(t.is(1, TargetRoles.FUNCTION)).isTrue();
  }
}
