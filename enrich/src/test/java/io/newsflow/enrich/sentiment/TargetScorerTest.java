package io.newsflow.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Targets the team wrote (no NewsMTSC text): two sides of opposite fortune in one sentence,
 * quotations, negation, who accuses whom, and plain facts. Labels as the contract cuts scores at
 * +-0.05.
 */
@Timeout(60)
class TargetScorerTest {
  private static final TargetScorer SCORER = TargetScorer.load();

  private static double score(String sentence, String mention) {
    int start = sentence.indexOf(mention);
    return SCORER.score(sentence, start, start + mention.length());
  }

  @Test
  void twoSidesOfOppositeFortuneInOneSentence() {
    String s =
        "Critics condemned Russia for the attack, while leaders praised Ukraine for its courage.";
    assertThat(score(s, "Russia")).isLessThan(-0.05);
    assertThat(score(s, "Ukraine")).isGreaterThan(0.05);
    String war =
        "Russia's brutal invasion killed thousands, but Ukraine's heroic defenders won a major"
            + " victory.";
    assertThat(score(war, "Ukraine")).isGreaterThan(0.05);
    assertThat(score(war, "Russia")).isLessThan(score(war, "Ukraine"));
  }

  @Test
  void theAccusedFaresWorseThanTheAccuser() {
    String s = "Smith accused Jones of fraud.";
    assertThat(score(s, "Jones")).isLessThan(-0.05);
    assertThat(score(s, "Smith")).isGreaterThan(score(s, "Jones"));
    assertThat(score("Jones was accused of fraud by Smith.", "Jones")).isLessThan(-0.05);
  }

  @Test
  void aQuotationSpeaksOfItsSubjectNotOfItsSpeaker() {
    String s = "\"Jones is a liar and a crook,\" Smith said.";
    assertThat(score(s, "Jones")).isLessThan(-0.05);
    assertThat(score(s, "Smith")).isGreaterThanOrEqualTo(-0.05);
  }

  @Test
  void negationTurnsPraiseAndBlameAway() {
    assertThat(score("Jones is not a corrupt politician.", "Jones")).isGreaterThanOrEqualTo(-0.05);
    assertThat(score("Jones is not a good leader.", "Jones")).isLessThanOrEqualTo(0.05);
  }

  @Test
  void praiseAndVictoryArePositive() {
    assertThat(score("Smith praised Jones as an honest and brilliant leader.", "Jones"))
        .isGreaterThan(0.05);
    assertThat(score("Jones won the election in a landslide, defeating Smith.", "Jones"))
        .isGreaterThan(0.05);
  }

  @Test
  void plainFactsAreNeutral() {
    String s = "Smith met Jones in Paris on Tuesday.";
    assertThat(score(s, "Smith")).isBetween(-0.05, 0.05);
    assertThat(score(s, "Jones")).isBetween(-0.05, 0.05);
  }

  @Test
  void scoresStayInRangeForAnyMention() {
    String s = "“Ukraine”, he said — and then nothing.";
    for (int start = 0; start <= s.length(); start++) {
      for (int end = start; end <= s.length(); end++) {
        assertThat(SCORER.score(s, start, end)).isBetween(-1.0, 1.0);
      }
    }
    assertThat(SCORER.score("", 0, 0)).isBetween(-1.0, 1.0);
  }

  @Test
  void aSentencePreparedOnceScoresEachMentionAsAlone() {
    String s =
        "Although critics condemned Russia, Ukraine's army held; \"Kyiv stands,\" Zelensky said"
            + " - while NATO, not Russia, praised the defenders.";
    String[] mentions = {"NATO", "Russia", "Ukraine", "Kyiv", "Zelensky", "defenders", "army"};
    TargetScorer.Sentence prepared = SCORER.sentence(s);
    for (String mention : mentions) { // clause by clause out of order: each clause scored once
      int start = s.lastIndexOf(mention);
      int end = start + mention.length();
      assertThat(prepared.score(start, end)).isEqualTo(SCORER.score(s, start, end));
    }
    int second = s.lastIndexOf("Russia");
    int first = s.indexOf("Russia");
    assertThat(prepared.score(first, first + 6)).isNotEqualTo(prepared.score(second, second + 6));
    assertThat(prepared.score(0, 0)).isEqualTo(SCORER.score(s, 0, 0)); // no words at all
    assertThat(prepared.score(s.length(), s.length()))
        .isEqualTo(SCORER.score(s, s.length(), s.length()));
  }

  @Test
  void wordRowsWeighAsTheModelsFeatureIdsDo() {
    TargetFeatures features = TargetFeatures.load();
    TargetSentimentModel model = TargetSentimentModel.load();
    TargetScorer scorer = new TargetScorer(features, model);
    String s =
        "Critics bitterly condemned Russia's attacks, while leaders praised Ukraine's defenders"
            + " and did not blame the allies.";
    for (String mention : new String[] {"Russia", "Ukraine", "leaders", "allies", "attacks"}) {
      int start = s.indexOf(mention);
      int end = start + mention.length();
      double[] dense = new double[TargetFeatures.DENSE.length];
      double[] logits = new double[2];
      double[] scratch = new double[2];
      features.extract( // every feature looked up by its id, none through the word rows
          s, start, end, dense, (id, value, kind, text) -> model.add(id, value, logits, scratch));

      assertThat(scorer.score(s, start, end))
          .isEqualTo(model.score(model.difference(logits, dense)));
    }
  }

  @Test
  void offsetsOutsideTheTextAreRefused() {
    assertThatThrownBy(() -> SCORER.score("Kyiv", 2, 9))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SCORER.score("Kyiv", 3, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SCORER.sentence("Kyiv").score(-1, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theScaleKeepsTheCutsOnTheLabelBoundaries() {
    assertThat(TargetSentimentModel.scale(0.3, 0.3, -0.4)).isEqualTo(0.05, within());
    assertThat(TargetSentimentModel.scale(-0.4, 0.3, -0.4)).isEqualTo(-0.05, within());
    assertThat(TargetSentimentModel.scale(1, 0.3, -0.4)).isEqualTo(1.0, within());
    assertThat(TargetSentimentModel.scale(-1, 0.3, -0.4)).isEqualTo(-1.0, within());
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
