package io.newsflow.enrich.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The trained linear model of {@link NewsSentenceScorer}: weights of the dense and sparse
 * {@link SentimentFeatures}, and the calibration {@code score = clamp(scale * (raw - offset))}
 * that puts the contract's +-0.05 label cut where the human ratings' neutral band ends.
 *
 * <p>The file, made by {@link TrainSentimentModel}, is tab-separated text: {@code scale}, {@code
 * offset}, {@code article-scale}, {@code article-offset}, {@code dense NAME WEIGHT}, and {@code KIND TEXT WEIGHT} for sparse features.
 */
final class NewsSentimentModel {
  static final String RESOURCE = "news-sentiment-model.tsv";

  private final double[] dense;
  private final LongFloatMap sparse;
  private final double scale;
  private final double offset;
  private final double articleScale;
  private final double articleOffset;
  private final Set<String> words;

  NewsSentimentModel(double[] dense, LongFloatMap sparse, double scale, double offset,
      double articleScale, double articleOffset, Set<String> words) {
    this.dense = dense.clone();
    this.sparse = sparse;
    this.scale = scale;
    this.offset = offset;
    this.articleScale = articleScale;
    this.articleOffset = articleOffset;
    this.words = Set.copyOf(words);
  }

  static NewsSentimentModel load() {
    try (InputStream in = NewsSentimentModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static NewsSentimentModel read(BufferedReader reader) throws IOException {
    double[] dense = new double[SentimentFeatures.DENSE.length];
    double scale = 1;
    double offset = 0;
    double articleScale = Double.NaN;
    double articleOffset = Double.NaN;
    List<String[]> rows = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      switch (f[0]) {
        case "scale" -> scale = Double.parseDouble(f[1]);
        case "offset" -> offset = Double.parseDouble(f[1]);
        case "article-scale" -> articleScale = Double.parseDouble(f[1]);
        case "article-offset" -> articleOffset = Double.parseDouble(f[1]);
        case "dense" -> dense[Arrays.asList(SentimentFeatures.DENSE).indexOf(f[1])] = Double.parseDouble(f[2]);
        default -> rows.add(f);
      }
    }
    LongFloatMap sparse = new LongFloatMap(rows.size());
    Set<String> words = new HashSet<>();
    for (String[] f : rows) {
      sparse.put(FeatureIds.of(f[0], f[1]), Float.parseFloat(f[2]));
      if (f[0].equals("u") || f[0].equals("n")) {
        words.add(f[1]);
      }
    }
    if (Double.isNaN(articleScale) || Double.isNaN(articleOffset)) { // a model from before articles had their own
      articleScale = scale;
      articleOffset = offset;
    }
    return new NewsSentimentModel(dense, sparse, scale, offset, articleScale, articleOffset, words);
  }

  /** The weights of the dense features, in {@link SentimentFeatures#DENSE} order (a copy). */
  double[] dense() {
    return dense.clone();
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
    double[] sum = {0};
    VaderScores scores =
        features.extract(sentence, x, (id, kind, first, second) -> sum[0] += sparse.get(id));
    sum[0] *= SentimentFeatures.sparseValue(scores.tokens());
    for (int i = 0; i < x.length; i++) {
      sum[0] += dense[i] * x[i];
    }
    return sum[0];
  }

  double calibrate(double raw) {
    return VaderSentenceScorer.clamp(scale * (raw - offset));
  }

  /**
   * The article-level map of a lead-weighted mean of raw predictions (see {@link
   * ArticleCalibration}): its own scale and offset, chosen on articles, not sentences.
   */
  double calibrateArticle(double meanRaw) {
    return VaderSentenceScorer.clamp(articleScale * (meanRaw - articleOffset));
  }

  int sparseSize() {
    return sparse.size();
  }
}
