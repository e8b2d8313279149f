package io.newsflow.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsflow.enrich.table.TabRows;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MiniLmValencesTest {
  private final MiniLmValences shipped = MiniLmValences.load();

  @Test
  void theShippedListKnowsNewsWordsAndLeansTheRightWay() {
    assertThat(shipped.words()).hasSizeGreaterThan(20_000);
    for (String bad : new String[] {"killed", "disaster", "bankruptcy", "corruption", "famine"}) {
      assertThat(shipped.valence(bad)).as(bad).isLessThan(0);
    }
    for (String good : new String[] {"wonderful", "celebration", "success", "delighted"}) {
      assertThat(shipped.valence(good)).as(good).isGreaterThan(0);
    }
    assertThat(shipped.valence("zyxqwv")).isNaN();
  }

  @Test
  void sentenceFeaturesSummariseTheKnownWordsOnly() {
    SentimentFeatures.MiniLmStats stats = new SentimentFeatures.MiniLmStats();
    double[] dense = new double[SentimentFeatures.DENSE.length];
    stats.fill(dense);
    assertThat(dense).containsOnly(0.0); // no known word: nothing
    stats.add(-0.4);
    stats.add(Double.NaN); // an unknown word does not count
    stats.add(0.2);
    stats.fill(dense);
    int mean = java.util.Arrays.asList(SentimentFeatures.DENSE).indexOf("minilmMean");
    assertThat(dense[mean]).isCloseTo(-0.1, within(1e-12));
    assertThat(dense[mean + 1]).isCloseTo(-0.2 / Math.sqrt(2), within(1e-12));
    assertThat(dense[mean + 2]).isEqualTo(-0.4);
    assertThat(dense[mean + 3]).isEqualTo(0.2);
  }

  @Test
  void aModelWeighsTheMeanValenceOfTheSentencesWords() throws Exception {
    NewsSentimentModel model =
        NewsSentimentModel.read(TabRows.of("scale\t1.0\noffset\t0.0\ndense\tminilmMean\t1.0\n"));
    SentimentFeatures features = SentimentFeatures.load();
    double expected = (shipped.valence("famine") + shipped.valence("spread")) / 2;
    assertThat(model.raw(features, "Famine spread.")).isCloseTo(expected, within(1e-9));
    assertThat(new MiniLmValences(Map.of("calm", 0.3)).valence("calm")).isEqualTo(0.3);
  }
}
