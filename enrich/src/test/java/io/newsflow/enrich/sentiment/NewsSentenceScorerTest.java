package io.newsflow.enrich.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.table.TabRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class NewsSentenceScorerTest {
  private static final Path DATA = Path.of("../../shared/data/sentiment");

  private final NewsSentenceScorer scorer = NewsSentenceScorer.load();

  @Test
  void handWrittenSentencesGoTheRightWay() {
    assertThat(scorer.score("The rescue of the miners was a remarkable success."))
        .isGreaterThan(0.05);
    assertThat(scorer.score("The bombing killed dozens of civilians.")).isLessThan(-0.05);
    assertThat(scorer.score("The council will meet on Thursday.")).isBetween(-0.05, 0.05);
    assertThat(scorer.score("The reform is not a good idea."))
        .isLessThan(scorer.score("The reform is a good idea."));
    assertThat(scorer.score("The talks went well, but the ceasefire collapsed."))
        .isLessThan(scorer.score("The ceasefire collapsed, but the talks went well."));
  }

  @Test
  void theFastPathComputesWhatTheModelDefines() {
    assertFastPathMatchesTheModel(
        List.of(
            "The rescue was not a failure, but nobody celebrated!",
            "Zyxqwv blorft glimmers unreasonably?",
            "“I don’t think the reforms were well designed,” the senator said.",
            "HUGE losses for the company; investors weren't happy at all.",
            "a",
            ""));
  }

  /** The same on real news sentences: the first 300 editorial dev sentences. */
  @Test
  void theFastPathComputesWhatTheModelDefinesOnEditorialSentences() throws IOException {
    Path dev = DATA.resolve("nyt-editorial-dev.tsv");
    Assumptions.assumeTrue(
        Files.isRegularFile(dev),
        "skipped: " + dev + " is only in the development workspace (../shared)");
    assertFastPathMatchesTheModel(
        Files.readAllLines(dev).stream().limit(300).map(ScoreLines::textColumn).toList());
  }

  private void assertFastPathMatchesTheModel(List<String> sentences) {
    SentimentFeatures features = SentimentFeatures.load();
    NewsSentimentModel model = NewsSentimentModel.load();
    assertThat(sentences).isNotEmpty();
    for (String sentence : sentences) {
      assertThat(scorer.raw(sentence))
          .as(sentence)
          .isCloseTo(model.raw(features, sentence), org.assertj.core.data.Offset.offset(1e-6));
    }
  }

  @Test
  void emptyTextIsNeutralAndCurlyApostrophesNegate() {
    assertThat(scorer.score("")).isEqualTo(0.0);
    assertThat(scorer.score(null)).isEqualTo(0.0);
    assertThat(scorer.score("   ")).isEqualTo(0.0);
    VaderSentenceScorer vader = VaderSentenceScorer.load();
    assertThat(vader.score(null)).isEqualTo(0.0);
    assertThat(vader.score("The plan doesn’t work well.")).isLessThan(0);
    assertThat(vader.score("The plan works well.")).isGreaterThan(0);
  }

  @Test
  void aModelFileIsReadByFeatureName() throws IOException {
    String file =
        """
        # a tiny model
        scale\t2.0
        offset\t0.1
        dense\tbias\t0.5
        u\tcalm\t0.25
        b\tvery calm\t0.5
        """;
    NewsSentimentModel model = NewsSentimentModel.read(TabRows.of(file));
    SentimentFeatures features = SentimentFeatures.load();
    // "very calm": two tokens, sparse value 3/sqrt(2), unigram + bigram weights 0.75
    double raw = model.raw(features, "very calm");
    assertThat(raw)
        .isCloseTo(0.5 + 0.75 * 3 / Math.sqrt(2), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(model.calibrate(raw)).isEqualTo(1.0);
    assertThat(model.calibrate(0.5)).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
    // no article calibration in the file: articles fall back to the sentence one
    assertThat(model.calibrateArticle(0.5))
        .isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));

    NewsSentimentModel withArticles =
        NewsSentimentModel.read(TabRows.of(file + "article-scale\t0.5\narticle-offset\t-0.2\n"));
    assertThat(withArticles.calibrate(0.5))
        .isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(withArticles.calibrateArticle(0.5))
        .isCloseTo(0.35, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(withArticles.calibrateArticle(-9)).isEqualTo(-1.0);
  }

  @Test
  void theBandClassifierMovesTheRawPredictionByItsProbabilities() throws IOException {
    String file =
        """
        scale\t1.0
        offset\t0.0
        band-weight\t0.4
        dense\tbias\t0.5\t-1.0\t0.25
        u\tcalm\t0.25\t2.0\t-1.0
        b\tvery calm\t0.5
        """;
    NewsSentimentModel model = NewsSentimentModel.read(TabRows.of(file));
    SentimentFeatures features = SentimentFeatures.load();
    double value = 3 / Math.sqrt(2); // "very calm": two tokens
    double positive = -1.0 + 2.0 * value; // logits against neutral (whose logit is 0)
    double negative = 0.25 - 1.0 * value;
    double shift =
        (Math.exp(positive) - Math.exp(negative)) / (1 + Math.exp(positive) + Math.exp(negative));
    double expected = 0.5 + 0.75 * value + 0.4 * shift;
    assertThat(model.raw(features, "very calm"))
        .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(new NewsSentenceScorer(features, model).raw("very calm"))
        .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
    // huge logits neither overflow nor leave [-1, 1]
    assertThat(NewsSentimentModel.bandShift(800, -3))
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(NewsSentimentModel.bandShift(-5, 900))
        .isCloseTo(-1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(NewsSentimentModel.bandShift(0, 0)).isEqualTo(0.0);
  }
}
