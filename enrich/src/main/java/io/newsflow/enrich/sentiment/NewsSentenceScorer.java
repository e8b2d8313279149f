package io.newsflow.enrich.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * newsflow's sentence scorer: VADER's rules plus a linear model trained on rated sentences (news
 * editorials, tweets, movie and product reviews; see docs/SENTIMENT.md), calibrated so that the
 * +-0.05 label cut separates what people rate as neutral. Thread-safe; build once and share.
 *
 * <p>It computes exactly what {@link NewsSentimentModel#raw} does, but keeps, for every word the
 * lexicons or the model know, the sum of its context-free feature weights ({@link
 * SentimentFeatures.WordFacts}, in a {@link WordFactsTable} keyed by the word's id), so that a
 * word costs one look-up plus one for its word pair.
 */
public final class NewsSentenceScorer implements SentenceScorer {
  private final SentimentFeatures features;
  private final NewsSentimentModel model;
  private final double[] denseWeights;
  private final double[] densePositive;
  private final double[] denseNegative;
  private final double bandWeight;
  private final LongFloatMap sparse;
  private final WordFactsTable facts;

  NewsSentenceScorer(SentimentFeatures features, NewsSentimentModel model) {
    this.features = features;
    this.model = model;
    this.denseWeights = model.dense(NewsSentimentModel.RIDGE);
    this.densePositive = model.dense(NewsSentimentModel.POSITIVE);
    this.denseNegative = model.dense(NewsSentimentModel.NEGATIVE);
    this.bandWeight = model.bandWeight();
    this.sparse = model.sparse();
    Set<String> vocabulary = features.lexiconWords();
    vocabulary.addAll(model.words());
    List<SentimentFeatures.WordFacts> facts = new ArrayList<>(vocabulary.size());
    for (String word : vocabulary) {
      facts.add(features.facts(word, sparse));
    }
    this.facts = new WordFactsTable(facts, sparse.width()); // read-only: safe to share between threads
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
    return raw(sentence, null);
  }

  /**
   * The raw prediction (as {@link #raw(String)}), and, in {@code ridge[0]} when {@code ridge} is
   * not null, the ridge regression's part alone: articles average that (the band classifier's
   * shift decides single sentences' labels; averaged over an article it lowered article F1 on the
   * rated editorials, docs/SENTIMENT.md).
   */
  double raw(String sentence, double[] ridge) {
    double[] x = new double[denseWeights.length];
    SentimentFeatures.Prepared prepared = features.prepare(sentence, x);
    String[] lower = prepared.tokens().lower();
    // Sums of sparse weights: the ridge's and the band classifier's two logits.
    double words = 0;
    double positive = 0;
    double negative = 0;
    long previous = 0;
    int negationLeft = 0;
    double wordnetPositive = 0;
    double wordnetNegative = 0;
    SentimentFeatures.MiniLmStats taught = new SentimentFeatures.MiniLmStats();
    for (int i = 0; i < lower.length; i++) {
      long id = FeatureIds.word(lower[i]);
      int slot = facts.find(id);
      double wordnet;
      double minilm;
      boolean negation;
      boolean negated = negationLeft > 0;
      if (slot != WordFactsTable.ABSENT) {
        wordnet = facts.wordnet(slot);
        minilm = facts.minilm(slot);
        negation = facts.negation(slot);
        words += facts.ownWeight(slot, NewsSentimentModel.RIDGE);
        positive += facts.ownWeight(slot, NewsSentimentModel.POSITIVE);
        negative += facts.ownWeight(slot, NewsSentimentModel.NEGATIVE);
        if (negated) { // the negated form's weights, looked up only within a negation's scope
          int form = sparse.slot(FeatureIds.negated(id));
          if (form != LongFloatMap.ABSENT) {
            words += sparse.value(form, NewsSentimentModel.RIDGE);
            positive += sparse.value(form, NewsSentimentModel.POSITIVE);
            negative += sparse.value(form, NewsSentimentModel.NEGATIVE);
          }
        }
      } else { // a word no lexicon or weight knows
        SentimentFeatures.WordFacts f = features.facts(lower[i], sparse);
        wordnet = f.wordnet();
        minilm = f.minilm();
        negation = f.negation();
        words += f.ownWeights()[NewsSentimentModel.RIDGE];
        positive += f.ownWeights()[NewsSentimentModel.POSITIVE];
        negative += f.ownWeights()[NewsSentimentModel.NEGATIVE];
        if (negated) {
          words += f.negatedWeights()[NewsSentimentModel.RIDGE];
          positive += f.negatedWeights()[NewsSentimentModel.POSITIVE];
          negative += f.negatedWeights()[NewsSentimentModel.NEGATIVE];
        }
      }
      double flip = negated ? VaderSentenceScorer.NEGATION : 1;
      taught.add(minilm * flip);
      double v = wordnet * flip;
      if (v > 0) {
        wordnetPositive += v;
      } else {
        wordnetNegative += v;
      }
      if (i > 0) {
        int pair = sparse.slot(FeatureIds.bigram(previous, id));
        if (pair != LongFloatMap.ABSENT) {
          words += sparse.value(pair, NewsSentimentModel.RIDGE);
          positive += sparse.value(pair, NewsSentimentModel.POSITIVE);
          negative += sparse.value(pair, NewsSentimentModel.NEGATIVE);
        }
      }
      if (negated) {
        negationLeft--;
      }
      if (negation) {
        negationLeft = 3;
      }
      previous = id;
    }
    taught.fill(x);
    double[] marks = new double[3];
    SentimentFeatures.finish(sentence, prepared.scores(), x, wordnetPositive, wordnetNegative,
        (id, kind, first, second) -> sparse.addTo(id, marks));
    double value = SentimentFeatures.sparseValue(prepared.scores().tokens());
    double raw = (words + marks[NewsSentimentModel.RIDGE]) * value;
    positive = (positive + marks[NewsSentimentModel.POSITIVE]) * value;
    negative = (negative + marks[NewsSentimentModel.NEGATIVE]) * value;
    for (int i = 0; i < x.length; i++) {
      raw += denseWeights[i] * x[i];
      positive += densePositive[i] * x[i];
      negative += denseNegative[i] * x[i];
    }
    if (ridge != null) {
      ridge[0] = raw;
    }
    return bandWeight == 0 ? raw : raw + bandWeight * NewsSentimentModel.bandShift(positive, negative);
  }
}
