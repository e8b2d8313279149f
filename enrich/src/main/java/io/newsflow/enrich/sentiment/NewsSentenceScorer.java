package io.newsflow.enrich.sentiment;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * newsflow's sentence scorer: VADER's rules plus a linear model trained on rated sentences (news
 * editorials, tweets, movie and product reviews; see docs/SENTIMENT.md), calibrated so that the
 * +-0.05 label cut separates what people rate as neutral. Thread-safe; build once and share.
 *
 * <p>It computes exactly what {@link NewsSentimentModel#raw} does, but keeps, for every word the
 * lexicons or the model know, the sum of its context-free feature weights ({@link
 * SentimentFeatures.WordFacts}), so that a word costs one look-up plus one for its word pair.
 */
public final class NewsSentenceScorer implements SentenceScorer {
  private final SentimentFeatures features;
  private final NewsSentimentModel model;
  private final double[] denseWeights;
  private final LongFloatMap sparse;
  private final Map<String, SentimentFeatures.WordFacts> facts;

  NewsSentenceScorer(SentimentFeatures features, NewsSentimentModel model) {
    this.features = features;
    this.model = model;
    this.denseWeights = model.dense();
    this.sparse = model.sparse();
    Set<String> vocabulary = features.lexiconWords();
    vocabulary.addAll(model.words());
    Map<String, SentimentFeatures.WordFacts> facts = new HashMap<>(vocabulary.size() * 2);
    for (String word : vocabulary) {
      facts.put(word, features.facts(word, sparse));
    }
    this.facts = facts; // never modified after this: safe to share between threads
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
    return model.calibrate(raw(sentence));
  }

  /** A raw prediction mapped to a sentence score, as {@link #score} does. */
  double calibrateSentence(double raw) {
    return model.calibrate(raw);
  }

  /** A lead-weighted mean of raw predictions mapped to an article (or entity) score. */
  double calibrateArticle(double meanRaw) {
    return model.calibrateArticle(meanRaw);
  }

  /** Same as {@link NewsSentimentModel#raw}, faster. */
  double raw(String sentence) {
    double[] x = new double[denseWeights.length];
    SentimentFeatures.Prepared prepared = features.prepare(sentence, x);
    String[] lower = prepared.tokens().lower();
    double words = 0;
    long previous = 0;
    int negationLeft = 0;
    double wordnetPositive = 0;
    double wordnetNegative = 0;
    for (int i = 0; i < lower.length; i++) {
      SentimentFeatures.WordFacts f = facts.get(lower[i]);
      if (f == null) {
        f = features.facts(lower[i], sparse); // a word no lexicon or weight knows
      }
      double v = f.wordnet() * (negationLeft > 0 ? VaderSentenceScorer.NEGATION : 1);
      if (v > 0) {
        wordnetPositive += v;
      } else {
        wordnetNegative += v;
      }
      words += f.ownWeight();
      if (i > 0) {
        words += sparse.get(FeatureIds.bigram(previous, f.id()));
      }
      if (negationLeft > 0) {
        words += f.negatedWeight();
        negationLeft--;
      }
      if (f.negation()) {
        negationLeft = 3;
      }
      previous = f.id();
    }
    double[] marks = {0};
    SentimentFeatures.finish(sentence, prepared.scores(), x, wordnetPositive, wordnetNegative,
        (id, kind, first, second) -> marks[0] += sparse.get(id));
    double raw = (words + marks[0]) * SentimentFeatures.sparseValue(prepared.scores().tokens());
    for (int i = 0; i < x.length; i++) {
      raw += denseWeights[i] * x[i];
    }
    return raw;
  }
}
