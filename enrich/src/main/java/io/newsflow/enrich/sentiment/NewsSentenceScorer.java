package io.newsflow.enrich.sentiment;

/**
 * newsflow's sentence scorer: VADER's rules plus a linear model trained on rated sentences (news
 * editorials, tweets, movie and product reviews; see docs/SENTIMENT.md), calibrated so that the
 * +-0.05 label cut separates what people rate as neutral. Thread-safe; build once and share.
 */
public final class NewsSentenceScorer implements SentenceScorer {
  private final SentimentFeatures features;
  private final NewsSentimentModel model;

  NewsSentenceScorer(SentimentFeatures features, NewsSentimentModel model) {
    this.features = features;
    this.model = model;
  }

  /** The scorer with the lexicon and model shipped on the classpath. */
  public static NewsSentenceScorer load() {
    return new NewsSentenceScorer(SentimentFeatures.load(), NewsSentimentModel.load());
  }

  @Override
  public double score(String sentence) {
    if (sentence == null || sentence.isBlank()) {
      return 0.0; // nothing said
    }
    return model.calibrate(model.raw(features, sentence));
  }
}
