package io.newsflow.enrich.sentiment;

/**
 * Turns a sentence into the news model's features: a few dense ones from VADER's analysis (its
 * compound score and positive/negative shares carry the lexicon's knowledge) and sparse binary ones
 * that let the model learn what the lexicon misses: lower-case words, word pairs, words in the
 * scope of a negation (up to three words after it), and marks such as a question. Public, with
 * {@link #load}, {@link #extract} and {@link #sparseValue}, for the train module's trainer.
 */
public final class SentimentFeatures {
  static final String[] DENSE = {
    "bias",
    "compound",
    "positive",
    "negative",
    "sum",
    "positiveSum",
    "negativeSum",
    "positiveDensity",
    "negativeDensity",
    "length",
    "wordnetPositive",
    "wordnetNegative",
    "wordnetPositiveDensity",
    "wordnetNegativeDensity",
    "minilmMean",
    "minilmSum",
    "minilmMin",
    "minilmMax"
  };

  /** The names of the dense features, in the order of {@link #extract}'s {@code dense} array. */
  public static java.util.List<String> denseNames() {
    return java.util.List.of(DENSE);
  }

  /** Receives each sparse feature: its id, and its kind and text for naming it in a model file. */
  public interface Sink {
    void feature(long id, String kind, String first, String second);

    /** Whether the sink reads the names; scoring does not, so they are not built then. */
    default boolean wantsNames() {
      return false;
    }
  }

  private static final String[] BINS = {
    "compound-5",
    "compound-4",
    "compound-3",
    "compound-2",
    "compound-1",
    "compound0",
    "compound+1",
    "compound+2",
    "compound+3",
    "compound+4",
    "compound+5"
  };

  private final VaderSentenceScorer vader;
  private final WordNetValences wordnet;
  private final MiniLmValences minilm;

  /**
   * The value of each sparse feature in a sentence of {@code tokens} tokens: 3/sqrt(tokens), so
   * that a long sentence's many words do not add up to an extreme score (1 at nine tokens).
   */
  public static double sparseValue(int tokens) {
    return 3.0 / Math.sqrt(Math.max(1, tokens));
  }

  SentimentFeatures(VaderSentenceScorer vader, WordNetValences wordnet, MiniLmValences minilm) {
    this.vader = vader;
    this.wordnet = wordnet;
    this.minilm = minilm;
  }

  /** Every word either lexicon rates. */
  java.util.Set<String> lexiconWords() {
    java.util.Set<String> words = new java.util.HashSet<>(((VaderLexicon) vader.lexicon()).words());
    words.addAll(wordnet.words());
    words.addAll(minilm.words());
    return words;
  }

  /** The features over the lexicons shipped on the classpath. */
  public static SentimentFeatures load() {
    VaderSentenceScorer vader = VaderSentenceScorer.load();
    return new SentimentFeatures(
        vader, WordNetValences.load(vader.lexicon()), MiniLmValences.load());
  }

  /** A sentence's tokens and VADER's analysis of them. */
  record Prepared(VaderTokens tokens, VaderScores scores) {}

  /**
   * What the model needs of one word, whatever its context: its id (for word pairs), its WordNet
   * valence (0 when VADER knows it), its MiniLM-taught valence (NaN when unknown), its VADER
   * valence (NaN when unknown) and part in VADER's rules ({@link VaderWords#flags}), the summed
   * weights of its context-free features (word, stem, prefix, suffix) and the weights of its
   * negated form, one per channel of the model's weights ({@link LongFloatMap#width}). {@link
   * NewsSentenceScorer} keeps these for its vocabulary so that scoring a word is one look-up.
   */
  record WordFacts(
      long id,
      double wordnet,
      double minilm,
      double vader,
      int rules,
      double[] ownWeights,
      double[] negatedWeights) {

    boolean negation() {
      return (rules & VaderWords.NEGATES) != 0;
    }
  }

  /**
   * Mean, sum / sqrt(count), minimum and maximum of the MiniLM-taught valences of a sentence's
   * words ({@link MiniLmValences}); words without one do not count. One per sentence scored.
   */
  static final class MiniLmStats {
    private int count;
    private double sum;
    private double min;
    private double max;

    void add(double valence) {
      if (Double.isNaN(valence)) {
        return;
      }
      min = count == 0 ? valence : Math.min(min, valence);
      max = count == 0 ? valence : Math.max(max, valence);
      sum += valence;
      count++;
    }

    void fill(double[] dense) {
      if (count > 0) {
        dense[14] = sum / count;
        dense[15] = sum / Math.sqrt(count);
        dense[16] = min;
        dense[17] = max;
      }
    }
  }

  /** Fills {@code dense} (length {@link #DENSE}) and sends the sparse features to {@code sink}. */
  public VaderScores extract(String sentence, double[] dense, Sink sink) {
    Prepared prepared = prepare(sentence, dense);
    String[] lower = prepared.tokens().lower();
    boolean names = sink.wantsNames();
    long previous = 0;
    int negationLeft = 0;
    double wordnetPositive = 0;
    double wordnetNegative = 0;
    MiniLmStats taught = new MiniLmStats();
    for (int i = 0; i < lower.length; i++) {
      String w = lower[i];
      double flip = negationLeft > 0 ? VaderSentenceScorer.NEGATION : 1; // as VADER negates
      taught.add(minilm.valence(w) * flip);
      double v = (prepared.tokens().known(i) ? 0 : wordnet.valence(w)) * flip;
      if (v > 0) {
        wordnetPositive += v;
      } else {
        wordnetNegative += v;
      }
      long id = FeatureIds.word(w);
      wordFeatures(w, id, names, sink);
      if (i > 0) {
        sink.feature(FeatureIds.bigram(previous, id), "b", lower[i - 1], w);
      }
      if (negationLeft > 0) {
        sink.feature(FeatureIds.negated(id), "n", w, null);
        negationLeft--;
      }
      if (VaderWords.isNegation(w)) {
        negationLeft = 3;
      }
      previous = id;
    }
    taught.fill(dense);
    finish(sentence, prepared.scores(), dense, wordnetPositive, wordnetNegative, sink);
    return prepared.scores();
  }

  /** Tokenises, runs VADER and fills the dense features that come from it. */
  Prepared prepare(String sentence, double[] dense) {
    return prepare(sentence, dense, vader.lexicon());
  }

  /** As {@link #prepare(String, double[])}, the tokens' facts looked up in {@code lexicon}. */
  Prepared prepare(String sentence, double[] dense, TokenLexicon lexicon) {
    VaderTokens tokens = VaderTokens.of(sentence, lexicon);
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
    return new Prepared(tokens, scores);
  }

  /** The features of a word alone: the word, its first and last four letters, its stem. */
  private static void wordFeatures(String w, long id, boolean names, Sink sink) {
    sink.feature(FeatureIds.unigram(id), "u", w, null);
    int n = w.length();
    if (n >= 7) { // the first and last four letters of long words: "homeless" ~ "-less"
      sink.feature(
          FeatureIds.prefix(FeatureIds.word(w, 0, 4)), "p", names ? w.substring(0, 4) : null, null);
      sink.feature(
          FeatureIds.suffix(FeatureIds.word(w, n - 4, n)),
          "x",
          names ? w.substring(n - 4) : null,
          null);
    }
    int stem = stemLength(w);
    if (stem < n) {
      sink.feature(
          FeatureIds.stem(FeatureIds.word(w, 0, stem)),
          "s",
          names ? w.substring(0, stem) : null,
          null);
    }
  }

  /** A word's {@link WordFacts} under the given sparse weights. */
  WordFacts facts(String w, LongFloatMap weights) {
    long id = FeatureIds.word(w);
    double[] own = new double[weights.width()];
    wordFeatures(w, id, false, (fid, kind, first, second) -> weights.addTo(fid, own));
    double[] negated = new double[weights.width()];
    weights.addTo(FeatureIds.negated(id), negated);
    double rated = vader.lexicon().valenceOrNaN(w);
    double valence = Double.isNaN(rated) ? wordnet.valence(w) : 0;
    return new WordFacts(id, valence, minilm.valence(w), rated, VaderWords.flags(w), own, negated);
  }

  /** The WordNet dense features and the marks (compound bin, question, exclamation, quote). */
  static void finish(
      String sentence,
      VaderScores scores,
      double[] dense,
      double wordnetPositive,
      double wordnetNegative,
      Sink sink) {
    double root = Math.sqrt(Math.max(1, scores.tokens()));
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
