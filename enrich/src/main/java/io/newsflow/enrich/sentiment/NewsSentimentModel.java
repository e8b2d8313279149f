package io.newsflow.enrich.sentiment;

import io.newsflow.enrich.table.TabRows;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The trained model of {@link NewsSentenceScorer} over the dense and sparse {@link
 * SentimentFeatures}: a ridge regression of the rating (the magnitude) plus {@code band-weight}
 * times p(positive) - p(negative) of a multinomial logistic classifier of the label (which side of
 * the neutral band), and the calibration {@code score = clamp(scale * (raw - offset))} that puts
 * the contract's +-0.05 label cut where the human ratings' neutral band ends.
 *
 * <p>The file, made by {@code io.newsflow.train.sentiment.TrainSentimentModel}, is tab-separated
 * text: {@code scale}, {@code offset}, {@code article-scale}, {@code article-offset}, {@code
 * band-weight}, {@code dense NAME WEIGHT [POSITIVE NEGATIVE]}, and {@code KIND TEXT WEIGHT
 * [POSITIVE NEGATIVE]} for sparse features, where POSITIVE and NEGATIVE are the classifier's logits
 * against neutral (0 when missing).
 */
public final class NewsSentimentModel {
  static final String RESOURCE = "news-sentiment-model.tsv";

  /** Channels of the sparse weights ({@link LongFloatMap}): the ridge's, the classifier's two. */
  static final int RIDGE = 0;

  static final int POSITIVE = 1;
  static final int NEGATIVE = 2;
  static final int CHANNELS = 3;

  private final double[] dense;
  private final double[] densePositive;
  private final double[] denseNegative;
  private final double bandWeight;
  private final LongFloatMap sparse;
  private final double scale;
  private final double offset;
  private final double articleScale;
  private final double articleOffset;
  private final Set<String> words;

  NewsSentimentModel(
      double[][] dense,
      double bandWeight,
      LongFloatMap sparse,
      double scale,
      double offset,
      double articleScale,
      double articleOffset,
      Set<String> words) {
    this.dense = dense[RIDGE].clone();
    this.densePositive = dense[POSITIVE].clone();
    this.denseNegative = dense[NEGATIVE].clone();
    this.bandWeight = bandWeight;
    this.sparse = sparse;
    this.scale = scale;
    this.offset = offset;
    this.articleScale = articleScale;
    this.articleOffset = articleOffset;
    this.words = Set.copyOf(words);
  }

  static NewsSentimentModel load() {
    return read(TabRows.resource(NewsSentimentModel.class, RESOURCE));
  }

  static NewsSentimentModel read(TabRows rows) {
    double[][] dense = new double[CHANNELS][SentimentFeatures.DENSE.length];
    double bandWeight = 0;
    double scale = 1;
    double offset = 0;
    double articleScale = Double.NaN;
    double articleOffset = Double.NaN;
    LongFloatMap sparse = new LongFloatMap(rows.count(), CHANNELS);
    Set<String> words = new HashSet<>();
    while (rows.next()) {
      if (rows.is(0, "scale")) {
        scale = rows.doubleValue(1);
      } else if (rows.is(0, "offset")) {
        offset = rows.doubleValue(1);
      } else if (rows.is(0, "article-scale")) {
        articleScale = rows.doubleValue(1);
      } else if (rows.is(0, "article-offset")) {
        articleOffset = rows.doubleValue(1);
      } else if (rows.is(0, "band-weight")) {
        bandWeight = rows.doubleValue(1);
      } else if (rows.is(0, "dense")) {
        int j = Arrays.asList(SentimentFeatures.DENSE).indexOf(rows.text(1));
        for (int c = 0; c + 2 < rows.fields(); c++) {
          dense[c][j] = rows.doubleValue(c + 2);
        }
      } else {
        float[] weights = new float[rows.fields() - 2];
        for (int c = 0; c < weights.length; c++) {
          weights[c] = rows.floatValue(c + 2);
        }
        String kind = rows.text(0);
        String text = rows.text(1);
        sparse.put(FeatureIds.of(kind, text), weights);
        if (kind.equals("u") || kind.equals("n")) {
          words.add(text);
        }
      }
    }
    if (Double.isNaN(articleScale)
        || Double.isNaN(articleOffset)) { // a model from before articles had their own
      articleScale = scale;
      articleOffset = offset;
    }
    return new NewsSentimentModel(
        dense, bandWeight, sparse, scale, offset, articleScale, articleOffset, words);
  }

  /**
   * p(positive) - p(negative) of a softmax over neutral (logit 0) and the two logits against it;
   * the subtraction of the largest logit keeps exp finite.
   */
  public static double bandShift(double positive, double negative) {
    double max = Math.max(0, Math.max(positive, negative));
    double p = Math.exp(positive - max);
    double n = Math.exp(negative - max);
    return (p - n) / (Math.exp(-max) + p + n);
  }

  LongFloatMap sparse() {
    return sparse;
  }

  /** The words the model has a weight for, alone or negated. */
  Set<String> words() {
    return words;
  }

  /**
   * The uncalibrated prediction: an estimate of the mean human rating / 4. The reference
   * computation, feature by feature; {@link NewsSentenceScorer} computes the same faster.
   */
  double raw(SentimentFeatures features, String sentence) {
    double[] x = new double[dense.length];
    double[] sums = new double[CHANNELS];
    VaderScores scores =
        features.extract(sentence, x, (id, kind, first, second) -> sparse.addTo(id, sums));
    return raw(sums, SentimentFeatures.sparseValue(scores.tokens()), x, null);
  }

  /**
   * The raw prediction from a sentence's sparse weights summed per channel, the value of its sparse
   * features and its dense features; in {@code ridgePart[0]}, when not null, the ridge's part alone
   * (what articles average).
   */
  double raw(double[] sparseSums, double sparseValue, double[] x, double[] ridgePart) {
    double ridge = sparseSums[RIDGE] * sparseValue;
    double positive = sparseSums[POSITIVE] * sparseValue;
    double negative = sparseSums[NEGATIVE] * sparseValue;
    for (int i = 0; i < x.length; i++) {
      ridge += dense[i] * x[i];
      positive += densePositive[i] * x[i];
      negative += denseNegative[i] * x[i];
    }
    if (ridgePart != null) {
      ridgePart[0] = ridge;
    }
    return ridge + bandWeight * bandShift(positive, negative);
  }

  double calibrate(double raw) {
    return VaderSentenceScorer.clamp(scale * (raw - offset));
  }

  /**
   * The article-level map of a lead-weighted mean of raw predictions (see {@code
   * io.newsflow.train.sentiment.ArticleCalibration}): its own scale and offset, chosen on articles,
   * not sentences.
   */
  double calibrateArticle(double meanRaw) {
    return VaderSentenceScorer.clamp(articleScale * (meanRaw - articleOffset));
  }

  int sparseSize() {
    return sparse.size();
  }
}
