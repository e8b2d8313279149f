package io.newsflow.enrich.sentiment;

/**
 * Scores how a sentence speaks of one mention in it, in [-1, 1]: "Russia was condemned while
 * Ukraine was praised" is negative toward Russia and positive toward Ukraine. A classifier over
 * {@link TargetFeatures} trained on NewsMTSC (see docs/MODELS.md). Thread-safe; build once and
 * share.
 */
public final class TargetScorer {
  private final TargetFeatures features;
  private final TargetSentimentModel model;

  public TargetScorer(TargetFeatures features, TargetSentimentModel model) {
    this.features = features;
    this.model = model;
  }

  /** The scorer with the lexicon and model shipped on the classpath. */
  public static TargetScorer load() {
    return load(NewsSentenceScorer.load());
  }

  /** The shipped scorer over an already loaded sentence scorer (one of its features). */
  public static TargetScorer load(NewsSentenceScorer sentences) {
    return new TargetScorer(
        new TargetFeatures(VaderLexicon.load(), sentences), TargetSentimentModel.load());
  }

  /**
   * The score toward the mention at {@code text[start, end)} (UTF-16 offsets); {@code text} is best
   * the sentence that holds it.
   *
   * @throws IllegalArgumentException when the offsets are not a span of {@code text}
   */
  public double score(String text, int start, int end) {
    return model.score(difference(text, start, end));
  }

  /** p(positive) - p(negative), before the map onto the label cuts. */
  private double difference(String text, int start, int end) {
    if (start < 0 || end < start || end > text.length()) {
      throw new IllegalArgumentException(
          "the mention " + start + ".." + end + " is not inside a text of length " + text.length());
    }
    double[] dense = new double[TargetFeatures.DENSE.length];
    double[] logits = new double[2];
    double[] scratch = new double[2];
    features.extract(
        text, start, end, dense, (id, value, kind, name) -> model.add(id, value, logits, scratch));
    return model.difference(logits, dense);
  }
}
