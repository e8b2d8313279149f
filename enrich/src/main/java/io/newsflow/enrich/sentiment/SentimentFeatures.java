package io.newsflow.enrich.sentiment;

/**
 * Turns a sentence into the news model's features: a few dense ones from VADER's analysis (its
 * compound score and positive/negative shares carry the lexicon's knowledge) and sparse binary
 * ones that let the model learn what the lexicon misses: lower-case words, word pairs, words in
 * the scope of a negation (up to three words after it), and marks such as a question.
 */
final class SentimentFeatures {
  static final String[] DENSE = {
    "bias", "compound", "positive", "negative", "sum", "positiveSum", "negativeSum",
    "positiveDensity", "negativeDensity", "length", "wordnetPositive", "wordnetNegative",
    "wordnetPositiveDensity", "wordnetNegativeDensity"};

  /** Receives each sparse feature: its id, and its kind and text for naming it in a model file. */
  interface Sink {
    void feature(long id, String kind, String first, String second);

    /** Whether the sink reads the names; scoring does not, so they are not built then. */
    default boolean wantsNames() {
      return false;
    }
  }

  private static final String[] BINS = {
    "compound-5", "compound-4", "compound-3", "compound-2", "compound-1", "compound0",
    "compound+1", "compound+2", "compound+3", "compound+4", "compound+5"};

  private final VaderSentenceScorer vader;
  private final WordNetValences wordnet;

  /**
   * The value of each sparse feature in a sentence of {@code tokens} tokens: 3/sqrt(tokens), so
   * that a long sentence's many words do not add up to an extreme score (1 at nine tokens).
   */
  static double sparseValue(int tokens) {
    return 3.0 / Math.sqrt(Math.max(1, tokens));
  }

  SentimentFeatures(VaderSentenceScorer vader, WordNetValences wordnet) {
    this.vader = vader;
    this.wordnet = wordnet;
  }

  /** The features over the lexicons shipped on the classpath. */
  static SentimentFeatures load() {
    VaderSentenceScorer vader = VaderSentenceScorer.load();
    return new SentimentFeatures(vader, WordNetValences.load(vader.lexicon()));
  }

  /** Fills {@code dense} (length {@link #DENSE}) and sends the sparse features to {@code sink}. */
  VaderScores extract(String sentence, double[] dense, Sink sink) {
    VaderTokens tokens = VaderTokens.of(sentence, vader.lexicon());
    VaderScores scores = vader.analyze(sentence, tokens);
    dense[0] = 1.0;
    dense[1] = scores.compound();
    dense[2] = scores.positive();
    dense[3] = scores.negative();
    dense[4] = Math.max(-2.0, Math.min(2.0, scores.sum() / 4.0));
    dense[5] = Math.min(2.0, scores.positiveSum() / 4.0);
    dense[6] = Math.max(-2.0, scores.negativeSum() / 4.0);
    double root = Math.sqrt(Math.max(1, scores.tokens()));
    dense[7] = scores.positiveSum() / root;
    dense[8] = scores.negativeSum() / root;
    dense[9] = Math.log1p(scores.tokens()) / 3.0;

    String[] lower = tokens.lower();
    boolean names = sink.wantsNames();
    long previous = 0;
    int negationLeft = 0;
    double wordnetPositive = 0;
    double wordnetNegative = 0;
    for (int i = 0; i < lower.length; i++) {
      String w = lower[i];
      if (!tokens.known(i)) {
        double v = wordnet.valence(w) * (negationLeft > 0 ? VaderSentenceScorer.NEGATION : 1);
        if (v > 0) {
          wordnetPositive += v;
        } else {
          wordnetNegative += v;
        }
      }
      long id = FeatureIds.word(w);
      sink.feature(FeatureIds.unigram(id), "u", w, null);
      int n = w.length();
      if (n >= 7) { // the first and last four letters of long words: "homeless" ~ "-less"
        sink.feature(FeatureIds.prefix(FeatureIds.word(w, 0, 4)), "p", names ? w.substring(0, 4) : null, null);
        sink.feature(FeatureIds.suffix(FeatureIds.word(w, n - 4, n)), "x", names ? w.substring(n - 4) : null, null);
      }
      int stem = stemLength(w);
      if (stem < n) {
        sink.feature(FeatureIds.stem(FeatureIds.word(w, 0, stem)), "s", names ? w.substring(0, stem) : null, null);
      }
      if (i > 0) {
        sink.feature(FeatureIds.bigram(previous, id), "b", lower[i - 1], w);
      }
      if (negationLeft > 0) {
        sink.feature(FeatureIds.negated(id), "n", w, null);
        negationLeft--;
      }
      if (VaderSentenceScorer.isNegation(w)) {
        negationLeft = 3;
      }
      previous = id;
    }
    dense[10] = Math.min(2.0, wordnetPositive / 4.0);
    dense[11] = Math.max(-2.0, wordnetNegative / 4.0);
    dense[12] = wordnetPositive / root;
    dense[13] = wordnetNegative / root;
    int bin = (int) Math.round(scores.compound() * 5); // -5..5: lets the model bend the compound
    sink.feature(FeatureIds.mark(BINS[bin + 5]), "m", BINS[bin + 5], null);
    mark(sentence, '?', "question", sink);
    mark(sentence, '!', "exclamation", sink);
    mark(sentence, '"', "quote", sink);
    mark(sentence, '“', "quote", sink);
    return scores;
  }

  /** A crude suffix-stripped form, so inflections share what is learnt: "attacks" -> "attack". */
  static int stemLength(String w) {
    int n = w.length();
    for (String suffix : SUFFIXES) {
      if (n > suffix.length() + 3 && w.endsWith(suffix)) {
        return n - suffix.length();
      }
    }
    return n;
  }

  private static final String[] SUFFIXES = {"ings", "ing", "edly", "ed", "ies", "es", "s", "ly"};

  private static void mark(String sentence, char c, String name, Sink sink) {
    if (sentence.indexOf(c) >= 0) {
      sink.feature(FeatureIds.mark(name), "m", name, null);
    }
  }
}
