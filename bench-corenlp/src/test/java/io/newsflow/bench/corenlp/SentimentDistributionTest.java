package io.newsflow.bench.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentDistributionTest {
  @Test
  void theScoreIsTheExpectedClassValue() {
    SentimentDistribution split = new SentimentDistribution(new double[] {0, 0, 0.5, 0.5, 0});
    SentimentDistribution veryNegative = new SentimentDistribution(new double[] {1, 0, 0, 0, 0});
    SentimentDistribution mixed = new SentimentDistribution(new double[] {0.1, 0.2, 0.3, 0.2, 0.2});

    assertThat(split.expectedValue()).isCloseTo(0.25, within(1e-12));
    assertThat(veryNegative.expectedValue()).isCloseTo(-1.0, within(1e-12));
    assertThat(mixed.expectedValue()).isCloseTo(-0.1 - 0.1 + 0.1 + 0.2, within(1e-12));
    assertThat(SentimentDistribution.neutral().expectedValue()).isZero();
  }

  @Test
  void probabilitiesThatDoNotSumToOneStillGiveAScoreInsideTheRange() {
    SentimentDistribution rounded = new SentimentDistribution(new double[] {0, 0, 0, 0, 1.02});

    assertThat(rounded.expectedValue()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void theSideFileLineHoldsTheFiveProbabilitiesInClassOrder() {
    SentimentDistribution d = new SentimentDistribution(new double[] {0.05, 0.1, 0.7, 0.1, 0.05});

    assertThat(d.probabilitiesLine()).isEqualTo("0.050000\t0.100000\t0.700000\t0.100000\t0.050000");
  }

  @Test
  void onlyFiveClassesAreAccepted() {
    assertThatThrownBy(() -> new SentimentDistribution(new double[] {0.5, 0.5}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTextIsTheThirdColumnOfARatedLineOrTheWholeLine() {
    assertThat(CoreNlpSentiment.text("7_3\t-1.2\tA bleak\tday.")).isEqualTo("A bleak\tday.");
    assertThat(CoreNlpSentiment.text("A line of text.")).isEqualTo("A line of text.");
  }

  @Test
  void theLikeliestClassIsTheFirstMostProbableOne() {
    assertThat(new SentimentDistribution(new double[] {0.1, 0.4, 0.4, 0.05, 0.05}).likeliestClass())
        .isEqualTo(1);
    assertThat(new SentimentDistribution(new double[] {0, 0, 0.2, 0.3, 0.5}).likeliestClass())
        .isEqualTo(4);
  }

  @Test
  void aPhraseSummaryCountsTheSidesOfTheLikeliestClassesAndTheRangeOfValues() {
    PhraseSummary summary =
        PhraseSummary.of(
            List.of(
                new SentimentDistribution(new double[] {0, 1, 0, 0, 0}),
                new SentimentDistribution(new double[] {0, 0, 1, 0, 0}),
                new SentimentDistribution(new double[] {0, 0, 0, 0, 1}),
                new SentimentDistribution(new double[] {0, 0, 0.6, 0.4, 0})));

    assertThat(summary.nodes()).isEqualTo(4);
    assertThat(summary.meanValue()).isCloseTo((-0.5 + 0 + 1 + 0.2) / 4, within(1e-12));
    assertThat(summary.minValue()).isCloseTo(-0.5, within(1e-12));
    assertThat(summary.maxValue()).isCloseTo(1.0, within(1e-12));
    assertThat(summary.negativeShare()).isCloseTo(0.25, within(1e-12));
    assertThat(summary.positiveShare()).isCloseTo(0.25, within(1e-12));
    assertThat(summary.line()).isEqualTo("4\t0.175000\t-0.500000\t1.000000\t0.250000\t0.250000");
  }

  @Test
  void noPhrasesSummariseToZeros() {
    assertThat(PhraseSummary.of(List.of()).line())
        .isEqualTo("0\t0.000000\t0.000000\t0.000000\t0.000000\t0.000000");
  }
}
