package io.newsflow.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VaderSentenceScorerTest {
  private final VaderSentenceScorer vader = VaderSentenceScorer.load();

  private double score(String s) {
    return vader.score(s);
  }

  @Test
  void lexiconWordsGiveTheirDirection() {
    assertThat(score("The new bridge is good.")).isGreaterThan(0.05);
    assertThat(score("The new bridge is bad.")).isLessThan(-0.05);
    assertThat(score("The bridge opened on Tuesday.")).isEqualTo(0.0);
    assertThat(score("")).isEqualTo(0.0);
  }

  @Test
  void compoundIsTheNormalisedSum() {
    // "good" alone has valence 1.9: 1.9 / sqrt(1.9^2 + 15)
    assertThat(score("good"))
        .isCloseTo(1.9 / Math.sqrt(1.9 * 1.9 + 15), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void negationWithinThreeWordsFlipsAndDamps() {
    double good = score("The mayor's plan is good.");
    double notGood = score("The mayor's plan is not good.");
    double isntVeryGood = score("The mayor's plan isn't very good.");
    assertThat(notGood).isLessThan(0);
    assertThat(Math.abs(notGood)).isLessThan(good);
    assertThat(isntVeryGood).isLessThan(0);
    // four words away, the negation no longer reaches
    assertThat(score("We did not think the mayor's plan good")).isGreaterThan(0);
  }

  @Test
  void neverSoAndWithoutDoubtAreNotNegations() {
    assertThat(score("The harbour was never so beautiful."))
        .isGreaterThan(score("The harbour was beautiful."));
    assertThat(score("It was without doubt a fine speech.")).isGreaterThan(0.05);
    assertThat(score("It was without a fine speech.")).isLessThan(0);
  }

  @Test
  void boostersAndDampenersShiftIntensity() {
    double good = score("The harvest was good.");
    assertThat(score("The harvest was very good.")).isGreaterThan(good);
    assertThat(score("The harvest was extremely good.")).isGreaterThan(good);
    assertThat(score("The harvest was slightly good.")).isBetween(0.0, good);
    assertThat(score("The storm was very bad.")).isLessThan(score("The storm was bad."));
  }

  @Test
  void allCapsAmongLowerCaseEmphasises() {
    assertThat(score("The reception was GREAT tonight"))
        .isGreaterThan(score("The reception was great tonight"));
    // all words in capitals is a style, not emphasis
    assertThat(score("THE RECEPTION WAS GREAT")).isEqualTo(score("the reception was great"));
  }

  @Test
  void butShiftsWeightToWhatFollows() {
    assertThat(score("The hotel was lovely but the food was awful.")).isLessThan(-0.05);
    assertThat(score("The food was awful but the hotel was lovely.")).isGreaterThan(0.05);
  }

  @Test
  void leastFlipsExceptAtLeast() {
    assertThat(score("the least pleasant trip")).isLessThan(0);
    assertThat(score("it was at least pleasant")).isGreaterThan(0);
  }

  @Test
  void exclamationsAndQuestionsAmplify() {
    assertThat(score("The result is good!!!")).isGreaterThan(score("The result is good."));
    assertThat(score("The result is bad!!")).isLessThan(score("The result is bad."));
    assertThat(score("Is the result good??")).isGreaterThan(score("Is the result good?"));
    assertThat(score("Is the result good!!!!!!!!")).isEqualTo(score("Is the result good!!!!"));
  }

  @Test
  void idiomsOverrideTheirWords() {
    assertThat(score("That merger was the kiss of death for the firm")).isLessThan(0);
    assertThat(score("yeah right")).isLessThan(0);
  }

  @Test
  void emoticonsKeptWhole() {
    assertThat(score("see you there :)")).isGreaterThan(0.05);
    assertThat(score("see you there :(")).isLessThan(-0.05);
  }

  @Test
  void sharesOfPositiveNegativeNeutralAddUp() {
    VaderScores s = vader.analyze("The talks were good but the outcome was terrible for everyone.");
    assertThat(s.positive() + s.negative() + s.neutral())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(s.negative()).isGreaterThan(s.positive());
    assertThat(s.tokens()).isEqualTo(11);
  }

  @Test
  void everyScoreLiesInTheRange() {
    java.util.Random random = new java.util.Random(20140601);
    String[] words = {
      "good", "GREAT", "not", "bad", "never", "!!!", "but", "very", "kind of", ":)", "least", "??"
    };
    for (int i = 0; i < 2000; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = random.nextInt(30); w > 0; w--) {
        text.append(
                random.nextBoolean()
                    ? words[random.nextInt(words.length)]
                    : String.valueOf((char) random.nextInt(0x10000)))
            .append(' ');
      }
      assertThat(score(text.toString())).as("%s", text).isBetween(-1.0, 1.0);
    }
  }

  @Test
  void extremeTextStaysInRange() {
    assertThat(score("GREAT GREAT great great wonderful wonderful love love best!!!!"))
        .isBetween(0.9, 1.0);
    assertThat(score("awful awful horrible HORRIBLE worst hate kill die!!!!"))
        .isBetween(-1.0, -0.9);
  }
}
