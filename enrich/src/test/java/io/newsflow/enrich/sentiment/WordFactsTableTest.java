package io.newsflow.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordFactsTableTest {
  private final SentimentFeatures features = SentimentFeatures.load();
  private final VaderLexicon vader = VaderLexicon.load();
  private final LongFloatMap weights = NewsSentimentModel.load().sparse();

  @Test
  void everyWordGetsVadersExactValenceAndRulesFromOneLookUp() {
    Set<String> words = vader.words();
    List<SentimentFeatures.WordFacts> facts = new ArrayList<>();
    for (String word : words) {
      facts.add(features.facts(word, weights));
    }
    for (String word : VaderWords.words()) {
      facts.add(features.facts(word, weights));
    }
    WordFactsTable table = new WordFactsTable(facts, weights.width(), punctuatedIds(words));
    for (String word : words) {
      int entry = table.entry(word);
      assertThat(table.valenceOrNaN(entry)).as(word).isEqualTo(vader.valence(word));
      assertThat(table.rules(entry)).as(word).isEqualTo(VaderWords.flags(word));
      assertThat(table.id(entry)).isEqualTo(FeatureIds.word(word));
      if (VaderTokens.isPunctuated(word)) { // ":)", "(-:"
        assertThat(table.punctuatedEntry(word)).as(word).isEqualTo(entry);
      }
    }
    assertThat(table.punctuatedEntry("good,")).isEqualTo(TokenLexicon.ABSENT);
    assertThat(table.valenceOrNaN(table.entry("very"))).isNaN();
    assertThat(table.rules(table.entry("very"))).isEqualTo(VaderWords.BOOSTS);
    assertThat(table.negation(table.entry("never"))).isTrue();
    assertThat(table.entry("zzyzxq")).isEqualTo(TokenLexicon.ABSENT);
  }

  @Test
  void tokensCutWithEitherLexiconAgree() {
    String sentence = "It was NOT kind of great, but \"never so bad\" :) -- the kiss of death! :(";
    VaderTokens reference = VaderTokens.of(sentence, vader);
    List<SentimentFeatures.WordFacts> facts = new ArrayList<>();
    for (String word : reference.lower()) {
      facts.add(features.facts(word, weights));
    }
    WordFactsTable table =
        new WordFactsTable(
            facts, weights.width(), punctuatedIds(new HashSet<>(List.of(reference.lower()))));
    VaderTokens fast = VaderTokens.of(sentence, table);
    assertThat(fast.lower()).containsExactly(reference.lower());
    assertThat(fast.valences()).containsExactly(reference.valences());
    assertThat(fast.rules()).containsExactly(reference.rules());
    assertThat(reference.rules()).contains(VaderWords.NEGATES, VaderWords.ENDS_IDIOM);
    assertThat(reference.lower()).contains(":)", ":(", "great", "death");
  }

  private static long[] punctuatedIds(Set<String> words) {
    return words.stream().filter(VaderTokens::isPunctuated).mapToLong(FeatureIds::word).toArray();
  }
}
