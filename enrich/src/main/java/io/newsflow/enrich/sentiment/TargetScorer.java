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
    this.features = features.forModel(model);
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
   * the sentence that holds it. For several mentions of one sentence, {@link #sentence} shares the
   * work.
   *
   * @throws IllegalArgumentException when the offsets are not a span of {@code text}
   */
  public double score(String text, int start, int end) {
    return sentence(text).score(start, end);
  }

  /** The sentence {@code text} prepared for scoring its mentions. */
  public Sentence sentence(String text) {
    return new Sentence(features.prepare(text));
  }

  /**
   * As {@link #sentence(String)}, with {@code sentences}' raw prediction for it known: enrich has
   * it from scoring the sentence. Another scorer's prediction is no feature of this one's.
   */
  Sentence sentence(String text, NewsSentenceScorer sentences, double prediction) {
    return new Sentence(
        features.predictsWith(sentences)
            ? features.prepare(text, prediction)
            : features.prepare(text));
  }

  /**
   * One sentence, tokenised and scored once, whose mentions are then scored one by one. Not
   * thread-safe: one per sentence and thread.
   */
  public final class Sentence {
    private final TargetSentence prepared;
    private final double[] dense = new double[TargetFeatures.DENSE.length];
    private final double[] scratch = new double[2];
    private final double[] logits = new double[2];
    private final int[] wordRows; // each token's row in the model's TargetWordRows
    private final int[] stemRows;
    private final TargetFeatures.Sink sum =
        new TargetFeatures.Sink() {
          @Override
          public void feature(long id, double value, String kind, String text) {
            model.add(id, value, logits, scratch);
          }

          @Override
          public void context(
              int token, int contextKind, long id, double value, String kind, String text) {
            int row = contextKind < TargetFeatures.STEM_KINDS ? wordRows[token] : stemRows[token];
            model.words().add(row, contextKind, value, logits);
          }
        };

    private Sentence(TargetSentence prepared) {
      this.prepared = prepared;
      wordRows = prepared.tokens().wordRows;
      stemRows = prepared.tokens().stemRows;
    }

    /**
     * The score toward the mention at {@code [start, end)} of the sentence.
     *
     * @throws IllegalArgumentException when the offsets are not a span of the sentence
     */
    public double score(int start, int end) {
      String text = prepared.text();
      if (start < 0 || end < start || end > text.length()) {
        throw new IllegalArgumentException(
            "the mention "
                + start
                + ".."
                + end
                + " is not inside a text of length "
                + text.length());
      }
      logits[0] = 0;
      logits[1] = 0;
      features.extract(prepared, start, end, dense, sum);
      return model.score(model.difference(logits, dense)); // p(positive) - p(negative), mapped
    }
  }
}
