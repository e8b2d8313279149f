package io.newsflow.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class WordIndexTest {
  private static final WordIndex INDEX =
      new WordIndex(
          List.of(
              "attack",
              "attacks",
              "n't",
              "Mixed",
              "café",
              "un-uh",
              "eightchr",
              "sixteencharacter",
              "counterrevolutionaries"),
          1);

  private static int find(String text, int from, int to) {
    char[] chars = text.toCharArray();
    return INDEX.find(WordIndex.lowerCaseId(chars, from, to), chars, from, to);
  }

  @Test
  void findsAWordInAnyCaseInsideATextWithItsLowerCaseId() {
    String text = "They ATTACKS, then Attack.";
    int slot = find(text, 5, 12);
    assertThat(INDEX.word(slot)).isEqualTo("attacks");
    assertThat(INDEX.word(find(text, 19, 25))).isEqualTo("attack");
    assertThat(WordIndex.lowerCaseId(text.toCharArray(), 19, 25))
        .isEqualTo(FeatureIds.word("attack"));
  }

  @Test
  void wordsOfAnyLengthAreFound() {
    assertThat(INDEX.word(find("EightChr", 0, 8))).isEqualTo("eightchr");
    assertThat(INDEX.word(find("SixteenCharacter", 0, 16))).isEqualTo("sixteencharacter");
    assertThat(INDEX.word(find("the COUNTERREVOLUTIONARIES", 4, 26)))
        .isEqualTo("counterrevolutionaries");
    assertThat(find("counterrevolutionarIEZ", 0, 22)).isEqualTo(WordIndex.ABSENT);
    assertThat(find("sixteencharactex", 0, 16)).isEqualTo(WordIndex.ABSENT);
    assertThat(find("eightchx", 0, 8)).isEqualTo(WordIndex.ABSENT);
  }

  @Test
  void aPrefixOrALongerTokenIsNotTheWord() {
    assertThat(find("attac", 0, 5)).isEqualTo(WordIndex.ABSENT);
    assertThat(find("attackss", 0, 8)).isEqualTo(WordIndex.ABSENT);
    assertThat(find("xattack", 0, 7)).isEqualTo(WordIndex.ABSENT);
  }

  @Test
  void wordsThatAreNotLowerCaseAsciiAreLeftOutAndNonAsciiTokensHaveNoId() {
    assertThat(INDEX.find("mixed")).isEqualTo(WordIndex.ABSENT);
    assertThat(INDEX.find("café")).isEqualTo(WordIndex.ABSENT);
    assertThat(WordIndex.lowerCaseId("café".toCharArray(), 0, 4)).isZero();
    assertThat(INDEX.word(INDEX.find("n't"))).isEqualTo("n't");
  }

  @Test
  void factsStayWithTheirWord() {
    WordIndex index = new WordIndex(List.of("good", "bad"), 2);
    index.setFact(index.find("good"), 1, 42);
    index.setFact(index.find("bad"), 0, -7);
    assertThat(index.fact(index.find("good"), 1)).isEqualTo(42);
    assertThat(index.fact(index.find("good"), 0)).isZero();
    assertThat(index.fact(index.find("bad"), 0)).isEqualTo(-7);
  }
}
