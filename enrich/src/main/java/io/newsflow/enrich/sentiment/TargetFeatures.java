package io.newsflow.enrich.sentiment;

import java.util.List;
import java.util.Set;

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

    default boolean wantsNames() {
      return false;
    }
  }

  private static final String[] LEFT = {"L1", "L2", "L3", "L4", "L4", "L4", "L7"};
  private static final String[] RIGHT = {"R1", "R2", "R3", "R4", "R4", "R4", "R7"};
  private static final long[] LEFT_IDS = ids(LEFT, "");
  private static final long[] RIGHT_IDS = ids(RIGHT, "");
  private static final long[] LEFT_NEGATED = ids(LEFT, "n");
  private static final long[] RIGHT_NEGATED = ids(RIGHT, "n");
  private static final long[] CLAUSE = ids(new String[] {"C<", "C=", "C>"}, "");
  private static final long[] CLAUSE_NEGATED = ids(new String[] {"C<", "C=", "C>"}, "n");
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

  /** Words skipped when looking for the word that links the mention to the rest. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the",
          "a",
          "an",
          "has",
          "have",
          "had",
          "will",
          "would",
          "also",
          "already",
          "just",
          "did",
          "does",
          "do",
          "could",
          "should",
          "may",
          "might",
          "can",
          "then",
          "now",
          "still",
          "'s",
          "’s",
          "himself",
          "herself",
          "reportedly",
          "allegedly",
          "recently",
          "quickly");

  private static final Set<String> BE =
      Set.of("is", "was", "were", "are", "be", "been", "being", "got", "get", "gets");

  private static final Set<String> SAYING =
      Set.of(
          "said",
          "says",
          "say",
          "told",
          "tells",
          "wrote",
          "writes",
          "added",
          "argued",
          "argues",
          "claimed",
          "claims",
          "tweeted",
          "stated",
          "insisted",
          "asked",
          "declared",
          "warned");

  private static final long SENTENCE = kind("S");

  private final VaderLexicon lexicon;
  private final NewsSentenceScorer sentences;

  TargetFeatures(VaderLexicon lexicon, NewsSentenceScorer sentences) {
    this.lexicon = lexicon;
    this.sentences = sentences;
  }

  /** The features over the VADER lexicon and sentence scorer shipped on the classpath. */
  public static TargetFeatures load() {
    return new TargetFeatures(VaderLexicon.load(), NewsSentenceScorer.load());
  }

  /**
   * Fills {@code dense} (length {@link #DENSE}) and sends the sparse features of the mention at
   * {@code text[start, end)} to {@code sink}.
   */
  public void extract(String text, int start, int end, double[] dense, Sink sink) {
    TargetTokens t = TargetTokens.of(text, start, end, lexicon);
    boolean names = sink.wantsNames();
    int targetClause = t.targetClause();
    boolean targetQuoted = t.first() < t.count() && t.quoted()[t.first()];
    int words = 0;
    for (int i = 0; i < t.count(); i++) {
      if (t.isWord(i) && (i < t.first() || i > t.last())) {
        words++;
      }
    }
    double value = 3.0 / Math.sqrt(Math.max(9, words)); // long sentences do not add up to extremes
    double sentence = 0;
    double quotedSentence = 0;
    for (int i = 0; i < t.count(); i++) {
      if (!t.isWord(i) || (i >= t.first() && i <= t.last())) {
        continue;
      }
      String w = t.lower()[i];
      long wordId = text(w);
      boolean negated = t.negated()[i];
      int distance = i < t.first() ? t.first() - i : i - t.last();
      int bucket = Math.min(distance, LEFT.length) - 1;
      boolean left = i < t.first();
      long positional =
          left
              ? (negated ? LEFT_NEGATED : LEFT_IDS)[bucket]
              : (negated ? RIGHT_NEGATED : RIGHT_IDS)[bucket];
      sink.feature(
          id(positional, wordId),
          value,
          names ? (left ? LEFT : RIGHT)[bucket] + (negated ? "n" : "") : null,
          w);
      int side = Integer.signum(t.clause()[i] - targetClause) + 1;
      sink.feature(
          id((negated ? CLAUSE_NEGATED : CLAUSE)[side], wordId),
          value,
          names ? new String[] {"C<", "C=", "C>"}[side] + (negated ? "n" : "") : null,
          w);
      sink.feature(id(SENTENCE, wordId), value, "S", w);
      int stem = SentimentFeatures.stemLength(w);
      if (stem < w.length()) { // inflections share what is learnt: "attacks" -> "attack"
        sink.feature(
            id((negated ? CLAUSE_STEM_NEGATED : CLAUSE_STEM)[side], FeatureIds.word(w, 0, stem)),
            value,
            names ? new String[] {"C<s", "C=s", "C>s"}[side] + (negated ? "n" : "") : null,
            names ? w.substring(0, stem) : null);
      }
      double v = t.valence()[i];
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
      if (t.quoted()[i] != targetQuoted) {
        quotedSentence += v;
      }
    }
    dense[0] = 1;
    dense[7] = sentence / Math.sqrt(1 + sentence * sentence);
    dense[8] = quotedSentence / Math.sqrt(1 + quotedSentence * quotedSentence);
    dense[9] = Math.log1p(words) / 3.0;
    dense[10] = sentences.raw(text);
    dense[11] = sentences.raw(clause(text, start));
    mention(t, names, sink);
  }

  /** The clause (see {@link Clauses}) that holds {@code offset}, or the whole text. */
  private static String clause(String text, int offset) {
    for (io.newsflow.enrich.text.Span span :
        Clauses.split(text, new io.newsflow.enrich.text.Span(0, text.length()))) {
      if (span.start() <= offset && offset < span.end()) {
        return span.of(text);
      }
    }
    return text;
  }

  /** The mention's own words, its neighbours, the words that link it, its marks. */
  private void mention(TargetTokens t, boolean names, Sink sink) {
    String[] lower = t.lower();
    for (int i = t.first(); i <= t.last(); i++) {
      sink.feature(id(TARGET, text(lower[i])), 1, "T", lower[i]);
    }
    String p1 = t.first() >= 1 ? lower[t.first() - 1] : "^";
    String p2 = t.first() >= 2 ? lower[t.first() - 2] : "^";
    String n1 = t.last() + 1 < t.count() ? lower[t.last() + 1] : "$";
    String n2 = t.last() + 2 < t.count() ? lower[t.last() + 2] : "$";
    sink.feature(id(P1, text(p1)), 1, "P1", p1);
    sink.feature(id(P2, text(p2, p1)), 1, "P2", names ? p2 + " " + p1 : null);
    sink.feature(id(N1, text(n1)), 1, "N1", n1);
    sink.feature(id(N2, text(n1, n2)), 1, "N2", names ? n1 + " " + n2 : null);
    int clause = t.targetClause();
    boolean passive = false;
    for (int i = t.last() + 1; i < t.count() && t.clause()[i] == clause; i++) {
      String w = lower[i];
      if (!t.isWord(i) || FUNCTION_WORDS.contains(w) || t.negated()[i] && w.equals("not")) {
        continue;
      }
      if (BE.contains(w)) {
        passive = true;
        continue;
      }
      sink.feature(id(passive ? GOVERNS_PASSIVE : GOVERNS, text(w)), 1, passive ? "V>p" : "V>", w);
      break;
    }
    for (int i = t.first() - 1; i >= 0 && t.clause()[i] == clause; i--) {
      String w = lower[i];
      if (t.isWord(i) && !FUNCTION_WORDS.contains(w)) {
        sink.feature(id(GOVERNED, text(w)), 1, "V<", w);
        break;
      }
    }
    if (t.first() < t.count() && t.quoted()[t.first()]) {
      mark("quoted", sink);
    }
    if (speaks(t)) {
      mark("speaks", sink);
    }
    if (opens(t)) {
      mark("opens", sink);
    }
  }

  /** "X said", "X, a senator, told", "said X", "according to X". */
  private static boolean speaks(TargetTokens t) {
    String[] lower = t.lower();
    for (int i = t.last() + 1; i < Math.min(t.count(), t.last() + 4); i++) {
      if (SAYING.contains(lower[i])) {
        return true;
      }
    }
    if (t.first() >= 1 && SAYING.contains(lower[t.first() - 1])) {
      return true;
    }
    return t.first() >= 2
        && lower[t.first() - 2].equals("according")
        && lower[t.first() - 1].equals("to");
  }

  /** The mention is the first word of the sentence (after quotation marks). */
  private static boolean opens(TargetTokens t) {
    for (int i = 0; i < t.first(); i++) {
      if (t.isWord(i)) {
        return false;
      }
    }
    return true;
  }

  private static void mark(String name, Sink sink) {
    sink.feature(id(MARK, text(name)), 1, "M", name);
  }

  /** The id of the feature of {@code kind} and {@code text} as the model file names them. */
  public static long id(String kind, String text) {
    return id(kind(kind), text(text));
  }

  static long id(long kind, long text) {
    return FeatureIds.mix(kind * 0x9E3779B97F4A7C15L + text);
  }

  private static long kind(String kind) {
    return FeatureIds.mix(FeatureIds.word(kind) ^ 0x5851F42D4C957F2DL);
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

  /** FNV-1a of {@code first + " " + second}, without building it. */
  private static long text(String first, String second) {
    long h = FeatureIds.word(first);
    h ^= ' ';
    h *= 0x100000001B3L;
    for (int i = 0; i < second.length(); i++) {
      h ^= second.charAt(i);
      h *= 0x100000001B3L;
    }
    return h;
  }
}
