package io.newsflow.enrich.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * newsflow's sentence scorer: VADER's rules plus a linear model trained on rated sentences (news
 * editorials, tweets, movie and product reviews; see docs/research/2026-11-28-sentiment.md),
 * calibrated so that the +-0.05 label cut separates what people rate as neutral. Thread-safe; build
 * once and share.
 *
 * <p>It computes exactly what {@link NewsSentimentModel#raw} does, but keeps, for every word the
 * lexicons, VADER's rules or the model know, the sum of its context-free feature weights and what
 * VADER makes of it ({@link SentimentFeatures.WordFacts}, in a {@link WordFactsTable} keyed by the
 * word's id), so that a token costs one look-up, which cutting the sentence makes, plus one for its
 * word pair.
 */
public final class NewsSentenceScorer implements SentenceScorer {
  private final SentimentFeatures features;
  private final NewsSentimentModel model;
  private final LongFloatMap sparse;
  private final WordFactsTable facts;

  NewsSentenceScorer(SentimentFeatures features, NewsSentimentModel model) {
    this.features = features;
    this.model = model;
    this.sparse = model.sparse();
    Set<String> vocabulary = features.lexiconWords();
    vocabulary.addAll(model.words());
    vocabulary.addAll(VaderWords.words()); // their rules then come with the look-up too
    List<SentimentFeatures.WordFacts> facts = new ArrayList<>(vocabulary.size());
    for (String word : vocabulary) {
      facts.add(features.facts(word, sparse));
    }
    long[] punctuated =
        vocabulary.stream().filter(VaderTokens::isPunctuated).mapToLong(FeatureIds::word).toArray();
    // read-only: safe to share between threads
    this.facts = new WordFactsTable(facts, sparse.width(), punctuated);
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
   * not null, the ridge regression's part alone: articles average that (the band classifier's shift
   * decides single sentences' labels; averaged over an article it lowered article F1 on the rated
   * editorials, docs/research/2026-11-28-sentiment.md).
   */
  double raw(String sentence, double[] ridge) {
    double[] x = new double[SentimentFeatures.DENSE.length];
    SentimentFeatures.Prepared prepared = features.prepare(sentence, x, facts);
    String[] lower = prepared.tokens().lower();
    int[] entries = prepared.tokens().entries();
    // The sparse weights summed per channel: the ridge's and the band classifier's two logits.
    double[] sums = new double[NewsSentimentModel.CHANNELS];
    long previous = 0;
    int negationLeft = 0;
    double wordnetPositive = 0;
    double wordnetNegative = 0;
    SentimentFeatures.MiniLmStats taught = new SentimentFeatures.MiniLmStats();
    for (int i = 0; i < lower.length; i++) {
      int slot = entries[i];
      long id;
      double wordnet;
      double minilm;
      boolean negation;
      boolean negated = negationLeft > 0;
      if (slot != WordFactsTable.ABSENT) {
        id = facts.id(slot);
        wordnet = facts.wordnet(slot);
        minilm = facts.minilm(slot);
        negation = facts.negation(slot);
        facts.addOwnWeights(slot, sums);
        if (negated) { // the negated form's weights, looked up only within a negation's scope
          sparse.addTo(FeatureIds.negated(id), sums);
        }
      } else { // a word no lexicon or weight knows
        SentimentFeatures.WordFacts f = features.facts(lower[i], sparse);
        id = f.id();
        wordnet = f.wordnet();
        minilm = f.minilm();
        negation = f.negation();
        add(f.ownWeights(), sums);
        if (negated) {
          add(f.negatedWeights(), sums);
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
        sparse.addTo(FeatureIds.bigram(previous, id), sums);
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
    double[] marks = new double[NewsSentimentModel.CHANNELS];
    SentimentFeatures.finish(
        sentence,
        prepared.scores(),
        x,
        wordnetPositive,
        wordnetNegative,
        (id, kind, first, second) -> sparse.addTo(id, marks));
    add(marks, sums);
    return model.raw(sums, SentimentFeatures.sparseValue(prepared.scores().tokens()), x, ridge);
  }

  private static void add(double[] weights, double[] sums) {
    for (int c = 0; c < sums.length; c++) {
      sums[c] += weights[c];
    }
  }
}
