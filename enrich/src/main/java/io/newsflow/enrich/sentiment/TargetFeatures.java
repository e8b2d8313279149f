package io.newsflow.enrich.sentiment;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The features of one mention in its sentence, for {@link TargetScorer}: what is said near it and
 * how it relates to it. Sparse features are (kind, text) pairs:
 *
 * <ul>
 *   <li>each context word by its distance and side ({@code L1}, {@code R4} ...: "accused X" is
 *       {@code L1 accused}, "X accused" {@code R1 accused}), and by whether it shares the mention's
 *       clause ({@code C=}) or stands before ({@code C<}) or after it ({@code C>}); a kind ending
 *       in {@code n} is the word under a negation;
 *   <li>the mention's own words ({@code T}), the tokens just before and after it ({@code P1},
 *       {@code P2}, {@code N1}, {@code N2}: "was accused" after X), and the word the mention
 *       governs or is governed by ({@code V>} the first content word after it in its clause, with
 *       {@code V>p} when a form of "be" came between: X was accused; {@code V<} the last before
 *       it);
 *   <li>marks ({@code M}): the mention is quoted, speaks ("X said"), opens the sentence.
 * </ul>
 *
 * Dense features sum VADER's valences (negation flipped) in the mention's clause and in the others,
 * near it and inside quotations. Ids come from the texts without building strings, so scoring
 * allocates no feature names. Public, with {@link #extract} and {@link #id}, for the train module.
 */
public final class TargetFeatures {
  static final String[] DENSE = {
    "bias",
    "clausePositive",
    "clauseNegative",
    "otherPositive",
    "otherNegative",
    "near",
    "window3",
    "sentence",
    "quotedSentence",
    "length",
    "sentenceModel",
    "clauseModel"
  };

  /** The names of the dense features, in the order of {@link #extract}'s {@code dense} array. */
  public static List<String> denseNames() {
    return List.of(DENSE);
  }

  /**
   * Receives each sparse feature: its id and value, and its kind and text when names are wanted.
   */
  public interface Sink {
    void feature(long id, double value, String kind, String text);

    /**
     * A feature of a context word, token {@code token} of the sentence: {@link #feature} with its
     * {@link #CONTEXT_KINDS} index, which a scorer may read from the word's row instead of by id.
     */
    default void context(
        int token, int contextKind, long id, double value, String kind, String text) {
      feature(id, value, kind, text);
    }

    default boolean wantsNames() {
      return false;
    }
  }

  /**
   * The kinds of the context words' features, each word's weights under them kept together by the
   * scorer ({@link TargetWordRows}): positions, clause sides, the sentence bag, and clause sides of
   * stems ({@link #STEM_KINDS} on, whose rows are the stems').
   */
  static final List<String> CONTEXT_KINDS =
      List.of(
          "L1", "L2", "L3", "L4", "L7", "R1", "R2", "R3", "R4", "R7", "L1n", "L2n", "L3n", "L4n",
          "L7n", "R1n", "R2n", "R3n", "R4n", "R7n", "C<", "C=", "C>", "C<n", "C=n", "C>n", "S",
          "C<s", "C=s", "C>s", "C<sn", "C=sn", "C>sn");

  static final int STEM_KINDS = CONTEXT_KINDS.indexOf("C<s");

  private static final String[] SIDES = {"C<", "C=", "C>"};
  private static final String[] LEFT = {"L1", "L2", "L3", "L4", "L4", "L4", "L7"};
  private static final String[] RIGHT = {"R1", "R2", "R3", "R4", "R4", "R4", "R7"};
  private static final long[] LEFT_IDS = ids(LEFT, "");
  private static final long[] RIGHT_IDS = ids(RIGHT, "");
  private static final long[] LEFT_NEGATED = ids(LEFT, "n");
  private static final long[] RIGHT_NEGATED = ids(RIGHT, "n");
  private static final int[] LEFT_KINDS = kinds(LEFT, "");
  private static final int[] RIGHT_KINDS = kinds(RIGHT, "");
  private static final int[] LEFT_NEGATED_KINDS = kinds(LEFT, "n");
  private static final int[] RIGHT_NEGATED_KINDS = kinds(RIGHT, "n");
  private static final int[] CLAUSE_KINDS = kinds(SIDES, "");
  private static final int[] CLAUSE_NEGATED_KINDS = kinds(SIDES, "n");
  private static final int[] CLAUSE_STEM_KINDS = kinds(new String[] {"C<s", "C=s", "C>s"}, "");
  private static final int[] CLAUSE_STEM_NEGATED_KINDS =
      kinds(new String[] {"C<s", "C=s", "C>s"}, "n");
  private static final int SENTENCE_KIND = CONTEXT_KINDS.indexOf("S");
  private static final long[] CLAUSE = ids(SIDES, "");
  private static final long[] CLAUSE_NEGATED = ids(SIDES, "n");
  private static final long[] CLAUSE_STEM = ids(new String[] {"C<s", "C=s", "C>s"}, "");
  private static final long[] CLAUSE_STEM_NEGATED = ids(new String[] {"C<s", "C=s", "C>s"}, "n");
  private static final long TARGET = kind("T");
  private static final long P1 = kind("P1");
  private static final long P2 = kind("P2");
  private static final long N1 = kind("N1");
  private static final long N2 = kind("N2");
  private static final long GOVERNS = kind("V>");
  private static final long GOVERNS_PASSIVE = kind("V>p");
  private static final long GOVERNED = kind("V<");
  private static final long MARK = kind("M");
  private static final long SENTENCE = kind("S");
  private static final long START = text("^");
  private static final long END = text("$");
  private static final long QUOTED = id(MARK, text("quoted"));
  private static final long SPEAKS = id(MARK, text("speaks"));
  private static final long OPENS = id(MARK, text("opens"));
  // Math.log1p cost as much as all the rest of a mention's dense features: looked up instead
  private static final double[] LENGTHS =
      IntStream.range(0, 512).mapToDouble(TargetFeatures::length).toArray();

  private final TargetVocabulary vocabulary;
  private final NewsSentenceScorer sentences;

  TargetFeatures(VaderLexicon lexicon, NewsSentenceScorer sentences) {
    this(new TargetVocabulary(lexicon), sentences);
  }

  private TargetFeatures(TargetVocabulary vocabulary, NewsSentenceScorer sentences) {
    this.vocabulary = vocabulary;
    this.sentences = sentences;
  }

  /**
   * These features for scoring with {@code model}: the same features, with the words it weighs
   * known in advance and their rows in it ({@link TargetTokens#wordRows}) looked up once.
   */
  TargetFeatures forModel(TargetSentimentModel model) {
    return new TargetFeatures(vocabulary.with(model.contextWords(), model.words()), sentences);
  }

  /** The features over the VADER lexicon and sentence scorer shipped on the classpath. */
  public static TargetFeatures load() {
    return new TargetFeatures(VaderLexicon.load(), NewsSentenceScorer.load());
  }

  /** Whether the sentence model features are {@code scorer}'s predictions. */
  boolean predictsWith(NewsSentenceScorer scorer) {
    return scorer == sentences;
  }

  /** The sentence prepared for the features of its mentions; the sentence scorer runs on it. */
  TargetSentence prepare(String text) {
    return prepare(text, sentences.raw(text));
  }

  /**
   * The sentence prepared with the sentence scorer's raw prediction for it already known (enrich
   * has it from scoring the sentence).
   */
  TargetSentence prepare(String text, double prediction) {
    return new TargetSentence(text, TargetTokens.of(text, vocabulary), prediction, sentences);
  }

  /**
   * Fills {@code dense} (length {@link #DENSE}) and sends the sparse features of the mention at
   * {@code text[start, end)} to {@code sink}.
   */
  public void extract(String text, int start, int end, double[] dense, Sink sink) {
    extract(prepare(text), start, end, dense, sink);
  }

  /**
   * As {@link #extract(String, int, int, double[], Sink)}, in a prepared sentence: only the work
   * that depends on the mention is done here. {@code dense} is overwritten.
   */
  void extract(TargetSentence s, int start, int end, double[] dense, Sink sink) {
    TargetTokens t = s.tokens();
    int first = t.first(start);
    int last = t.last(first, end);
    boolean names = sink.wantsNames();
    int targetClause = t.clauseOf(first);
    boolean targetQuoted = first < t.count && t.quoted[first];
    int words = t.wordsBefore[t.count] - (t.wordsBefore[last + 1] - t.wordsBefore[first]);
    double value = 3.0 / Math.sqrt(Math.max(9, words)); // long sentences do not add up to extremes
    Arrays.fill(dense, 0);
    double sentence = 0;
    double quotedSentence = 0;
    for (int i = 0; i < t.count; i++) {
      if (!t.word[i] || (i >= first && i <= last)) {
        continue;
      }
      String w = t.lower[i];
      long wordId = t.ids[i];
      boolean negated = t.negated[i];
      boolean left = i < first;
      int distance = left ? first - i : i - last;
      int bucket = Math.min(distance, LEFT.length) - 1;
      long positional =
          left
              ? (negated ? LEFT_NEGATED : LEFT_IDS)[bucket]
              : (negated ? RIGHT_NEGATED : RIGHT_IDS)[bucket];
      sink.context(
          i,
          left
              ? (negated ? LEFT_NEGATED_KINDS : LEFT_KINDS)[bucket]
              : (negated ? RIGHT_NEGATED_KINDS : RIGHT_KINDS)[bucket],
          id(positional, wordId),
          value,
          names ? (left ? LEFT : RIGHT)[bucket] + (negated ? "n" : "") : null,
          w);
      int side = Integer.signum(t.clause[i] - targetClause) + 1;
      sink.context(
          i,
          (negated ? CLAUSE_NEGATED_KINDS : CLAUSE_KINDS)[side],
          id((negated ? CLAUSE_NEGATED : CLAUSE)[side], wordId),
          value,
          names ? SIDES[side] + (negated ? "n" : "") : null,
          w);
      sink.context(i, SENTENCE_KIND, id(SENTENCE, wordId), value, "S", w);
      if (t.stems[i] != 0) { // inflections share what is learnt: "attacks" -> "attack"
        sink.context(
            i,
            (negated ? CLAUSE_STEM_NEGATED_KINDS : CLAUSE_STEM_KINDS)[side],
            id((negated ? CLAUSE_STEM_NEGATED : CLAUSE_STEM)[side], t.stems[i]),
            value,
            names ? SIDES[side] + "s" + (negated ? "n" : "") : null,
            names ? w.substring(0, t.stemLengths[i]) : null);
      }
      double v = t.valence[i];
      if (v == 0) {
        continue;
      }
      v /= 4;
      boolean sameClause = side == 1;
      dense[v > 0 ? (sameClause ? 1 : 3) : (sameClause ? 2 : 4)] += v;
      dense[5] += v / distance;
      if (distance <= 3) {
        dense[6] += v;
      }
      sentence += v;
      if (t.quoted[i] != targetQuoted) {
        quotedSentence += v;
      }
    }
    dense[0] = 1;
    dense[7] = sentence / Math.sqrt(1 + sentence * sentence);
    dense[8] = quotedSentence / Math.sqrt(1 + quotedSentence * quotedSentence);
    dense[9] = words < LENGTHS.length ? LENGTHS[words] : length(words);
    dense[10] = s.prediction();
    dense[11] = s.clausePrediction(start);
    mention(t, first, last, names, sink);
  }

  /** The length feature of a sentence of so many words (besides the mention's). */
  private static double length(int words) {
    return Math.log1p(words) / 3.0;
  }

  /** The mention's own words, its neighbours, the words that link it, its marks. */
  private static void mention(TargetTokens t, int first, int last, boolean names, Sink sink) {
    String[] lower = t.lower;
    for (int i = first; i <= last; i++) {
      sink.feature(id(TARGET, t.ids[i]), 1, "T", lower[i]);
    }
    String p1 = first >= 1 ? lower[first - 1] : "^";
    String p2 = first >= 2 ? lower[first - 2] : "^";
    String n1 = last + 1 < t.count ? lower[last + 1] : "$";
    String n2 = last + 2 < t.count ? lower[last + 2] : "$";
    long p1Id = first >= 1 ? t.ids[first - 1] : START;
    long n1Id = last + 1 < t.count ? t.ids[last + 1] : END;
    sink.feature(id(P1, p1Id), 1, "P1", p1);
    sink.feature(
        id(P2, pair(first >= 2 ? t.ids[first - 2] : START, p1)),
        1,
        "P2",
        names ? p2 + " " + p1 : null);
    sink.feature(id(N1, n1Id), 1, "N1", n1);
    sink.feature(id(N2, pair(n1Id, n2)), 1, "N2", names ? n1 + " " + n2 : null);
    int clause = t.clauseOf(first);
    boolean passive = false;
    for (int i = last + 1; i < t.count && t.clause[i] == clause; i++) {
      if (!t.word[i] || t.is(i, TargetRoles.FUNCTION) || t.negated[i] && lower[i].equals("not")) {
        continue;
      }
      if (t.is(i, TargetRoles.BE)) {
        passive = true;
        continue;
      }
      sink.feature(
          id(passive ? GOVERNS_PASSIVE : GOVERNS, t.ids[i]), 1, passive ? "V>p" : "V>", lower[i]);
      break;
    }
    for (int i = first - 1; i >= 0 && t.clause[i] == clause; i--) {
      if (t.word[i] && !t.is(i, TargetRoles.FUNCTION)) {
        sink.feature(id(GOVERNED, t.ids[i]), 1, "V<", lower[i]);
        break;
      }
    }
    if (first < t.count && t.quoted[first]) {
      sink.feature(QUOTED, 1, "M", "quoted");
    }
    if (speaks(t, first, last)) {
      sink.feature(SPEAKS, 1, "M", "speaks");
    }
    if (t.wordsBefore[first] == 0) { // the mention opens the sentence (after quotation marks)
      sink.feature(OPENS, 1, "M", "opens");
    }
  }

  /** "X said", "X, a senator, told", "said X", "according to X". */
  private static boolean speaks(TargetTokens t, int first, int last) {
    for (int i = last + 1; i < Math.min(t.count, last + 4); i++) {
      if (t.is(i, TargetRoles.SAYING)) {
        return true;
      }
    }
    if (first >= 1 && t.is(first - 1, TargetRoles.SAYING)) {
      return true;
    }
    return first >= 2 && t.lower[first - 2].equals("according") && t.lower[first - 1].equals("to");
  }

  /** The id of the feature of {@code kind} and {@code text} as the model file names them. */
  public static long id(String kind, String text) {
    return id(kind(kind), text(text));
  }

  static long id(long kind, long text) {
    return FeatureIds.mix(kind * 0x9E3779B97F4A7C15L + text);
  }

  /** The part of {@link #id(String, String)} that depends on the kind. */
  static long kindId(String kind) {
    return kind(kind);
  }

  private static long kind(String kind) {
    return FeatureIds.mix(FeatureIds.word(kind) ^ 0x5851F42D4C957F2DL);
  }

  private static int[] kinds(String[] kinds, String suffix) {
    int[] indices = new int[kinds.length];
    for (int i = 0; i < kinds.length; i++) {
      indices[i] = CONTEXT_KINDS.indexOf(kinds[i] + suffix);
    }
    return indices;
  }

  /** The {@link FeatureIds#word} id of a feature's text, as {@link #id} hashes it. */
  static long textId(String text) {
    return text(text);
  }

  private static long[] ids(String[] kinds, String suffix) {
    long[] ids = new long[kinds.length];
    for (int i = 0; i < kinds.length; i++) {
      ids[i] = kind(kinds[i] + suffix);
    }
    return ids;
  }

  /** FNV-1a of a word, as {@link FeatureIds#word}. */
  private static long text(String word) {
    return FeatureIds.word(word);
  }

  /**
   * FNV-1a of {@code first + " " + second}, without building it, from {@code first}'s own ({@link
   * #text}).
   */
  private static long pair(long first, String second) {
    long h = first;
    h ^= ' ';
    h *= 0x100000001B3L;
    for (int i = 0; i < second.length(); i++) {
      h ^= second.charAt(i);
      h *= 0x100000001B3L;
    }
    return h;
  }
}
