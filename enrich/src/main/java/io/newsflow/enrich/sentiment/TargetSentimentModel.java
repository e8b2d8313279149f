package io.newsflow.enrich.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The trained weights of {@link TargetScorer}: a multinomial logistic classifier (negative,
 * neutral, positive) over {@link TargetFeatures}, stored as the logits of positive and of negative
 * against neutral, and the two cuts of p(positive) - p(negative) that the score maps onto the
 * contract's -0.05 and +0.05.
 *
 * <p>The file, made by {@code io.newsflow.train.sentiment.TrainTargetModel}, is tab-separated text:
 * {@code cut-positive}, {@code cut-negative}, {@code dense NAME POSITIVE NEGATIVE} and {@code KIND
 * TEXT POSITIVE NEGATIVE}; lines starting with # are comments.
 */
public final class TargetSentimentModel {
  public static final String RESOURCE = "target-sentiment-model.tsv";

  private final double[] densePositive;
  private final double[] denseNegative;
  private final LongFloatMap sparse;
  private final TargetWordRows words; // the context features of sparse again, word by word
  private final Set<String> contextWords; // the texts of those features
  private final double cutPositive;
  private final double cutNegative;

  private TargetSentimentModel(
      double[] densePositive,
      double[] denseNegative,
      LongFloatMap sparse,
      TargetWordRows words,
      Set<String> contextWords,
      double cutPositive,
      double cutNegative) {
    this.densePositive = densePositive;
    this.denseNegative = denseNegative;
    this.sparse = sparse;
    this.words = words;
    this.contextWords = contextWords;
    this.cutPositive = cutPositive;
    this.cutNegative = cutNegative;
  }

  /** The model shipped on the classpath. */
  public static TargetSentimentModel load() {
    try (InputStream in = TargetSentimentModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads a model file (see the class comment). */
  public static TargetSentimentModel read(BufferedReader reader) throws IOException {
    List<String> dense = TargetFeatures.denseNames();
    double[] positive = new double[dense.size()];
    double[] negative = new double[dense.size()];
    double cutPositive = 0.05;
    double cutNegative = -0.05;
    List<String[]> rows = new ArrayList<>();
    for (String[] f : ModelRows.read(reader)) {
      switch (f[0]) {
        case "cut-positive" -> cutPositive = Double.parseDouble(f[1]);
        case "cut-negative" -> cutNegative = Double.parseDouble(f[1]);
        case "dense" -> {
          int j = dense.indexOf(f[1]);
          if (j < 0) {
            throw new IOException("unknown dense feature " + f[1]);
          }
          positive[j] = Double.parseDouble(f[2]);
          negative[j] = Double.parseDouble(f[3]);
        }
        default -> rows.add(f);
      }
    }
    LongFloatMap sparse = new LongFloatMap(rows.size(), 2);
    TargetWordRows words = new TargetWordRows(rows.size() / 4);
    Set<String> contextWords = new HashSet<>();
    for (String[] f : rows) {
      float[] weights = {Float.parseFloat(f[2]), Float.parseFloat(f[3])};
      sparse.put(TargetFeatures.id(f[0], f[1]), weights);
      int kind = TargetFeatures.CONTEXT_KINDS.indexOf(f[0]);
      if (kind >= 0) {
        words.put(TargetFeatures.textId(f[1]), kind, weights[0], weights[1]);
        contextWords.add(f[1]);
      }
    }
    return new TargetSentimentModel(
        positive, negative, sparse, words, Set.copyOf(contextWords), cutPositive, cutNegative);
  }

  /** The context features' weights, word by word. */
  TargetWordRows words() {
    return words;
  }

  /** The words (and stems) that the context features weigh. */
  Set<String> contextWords() {
    return contextWords;
  }

  /** Adds a sparse feature's two logits, times its value, to {@code logits}. */
  void add(long id, double value, double[] logits, double[] scratch) {
    scratch[0] = 0;
    scratch[1] = 0;
    sparse.addTo(id, scratch);
    logits[0] += scratch[0] * value;
    logits[1] += scratch[1] * value;
  }

  /** p(positive) - p(negative) from the sparse logits and the dense features. */
  double difference(double[] logits, double[] dense) {
    double positive = logits[0];
    double negative = logits[1];
    for (int j = 0; j < dense.length; j++) {
      positive += densePositive[j] * dense[j];
      negative += denseNegative[j] * dense[j];
    }
    return NewsSentimentModel.bandShift(positive, negative);
  }

  /**
   * Maps p(positive) - p(negative) onto [-1, 1], piecewise linearly and monotonically, so that the
   * trained cuts land on +-0.05, where the contract's labels change.
   */
  public double score(double difference) {
    return scale(difference, cutPositive, cutNegative);
  }

  /** The map of {@link #score} for any two cuts, {@code -1 < negative < positive < 1}. */
  public static double scale(double d, double cutPositive, double cutNegative) {
    if (d >= cutPositive) {
      return Math.min(1, 0.05 + 0.95 * (d - cutPositive) / (1 - cutPositive));
    }
    if (d <= cutNegative) {
      return Math.max(-1, -0.05 - 0.95 * (cutNegative - d) / (1 + cutNegative));
    }
    return -0.05 + 0.1 * (d - cutNegative) / (cutPositive - cutNegative);
  }
}
