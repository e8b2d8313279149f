package io.newsflow.enrich.sentiment;

import io.newsflow.enrich.table.TabRows;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    try {
      return read(TabRows.resource(TargetSentimentModel.class, RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads a model file (see the class comment). */
  public static TargetSentimentModel read(TabRows rows) throws IOException {
    List<String> dense = TargetFeatures.denseNames();
    double[] positive = new double[dense.size()];
    double[] negative = new double[dense.size()];
    double cutPositive = 0.05;
    double cutNegative = -0.05;
    int count = rows.count();
    LongFloatMap sparse = new LongFloatMap(count, 2);
    TargetWordRows words = new TargetWordRows(count / 4);
    Set<String> contextWords = new HashSet<>();
    // the file lists its features kind by kind: each kind's id is worked out once
    String kind = null;
    long kindId = 0;
    int contextKind = -1;
    while (rows.next()) {
      if (rows.is(0, "cut-positive")) {
        cutPositive = rows.doubleValue(1);
      } else if (rows.is(0, "cut-negative")) {
        cutNegative = rows.doubleValue(1);
      } else if (rows.is(0, "dense")) {
        int j = dense.indexOf(rows.text(1));
        if (j < 0) {
          throw new IOException("unknown dense feature " + rows.text(1));
        }
        positive[j] = rows.doubleValue(2);
        negative[j] = rows.doubleValue(3);
      } else {
        if (kind == null || !rows.is(0, kind)) {
          kind = rows.text(0);
          kindId = TargetFeatures.kindId(kind);
          contextKind = TargetFeatures.CONTEXT_KINDS.indexOf(kind);
        }
        String text = rows.text(1);
        long textId = TargetFeatures.textId(text);
        float logitPositive = rows.floatValue(2);
        float logitNegative = rows.floatValue(3);
        sparse.put(TargetFeatures.id(kindId, textId), new float[] {logitPositive, logitNegative});
        if (contextKind >= 0) {
          words.put(textId, contextKind, logitPositive, logitNegative);
          contextWords.add(text);
        }
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
