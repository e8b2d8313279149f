package io.newsflow.enrich.sentiment;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What {@link TargetTokens} needs of a word, worked out once per word of a vocabulary (the VADER
 * lexicon, the words with a role and, for a scorer, the words its model weighs) instead of once per
 * token: its stem, roles, valence, whether it negates, and the model's rows ({@link
 * TargetWordRows}) of it and of its stem, beside it in a {@link WordIndex}. A token then costs one
 * pass over its characters and one look-up; a word outside the vocabulary is worked out from its
 * string. Read-only once built.
 */
final class TargetVocabulary {
  // the facts of a word in its WordIndex slot
  private static final int STEM = 0; // the stem's id, 0 when the word is its own stem
  private static final int VALENCE = 1; // the lexicon's valence, as double bits
  private static final int FLAGS = 2; // stem length | roles << 16 | negation << 24
  private static final int ROWS = 3; // the word's row | the stem's row << 32

  private final VaderLexicon lexicon;
  private final Set<String> words;
  private final TargetWordRows rows; // null without a model: no rows wanted
  private final WordIndex index;

  /** The lexicon's words and those with a role, without a model's rows. */
  TargetVocabulary(VaderLexicon lexicon) {
    this(lexicon, Set.of(), null);
  }

  private TargetVocabulary(VaderLexicon lexicon, Collection<String> more, TargetWordRows rows) {
    this.lexicon = lexicon;
    this.rows = rows;
    words = new HashSet<>(lexicon.words());
    words.addAll(TargetRoles.words());
    words.addAll(more);
    index = new WordIndex(words, 4);
    for (String word : index.words()) {
      int slot = index.find(word);
      if (slot != WordIndex.ABSENT) {
        Facts f = Facts.of(word, lexicon, rows);
        index.setFact(slot, STEM, f.stem);
        index.setFact(slot, VALENCE, Double.doubleToRawLongBits(f.valence));
        index.setFact(slot, FLAGS, f.stemLength | f.roles << 16 | (f.negation ? 1L << 24 : 0));
        index.setFact(slot, ROWS, f.wordRow & 0xFFFFFFFFL | (long) f.stemRow << 32);
      }
    }
  }

  /** This vocabulary and {@code more} words, with the rows of a model's context features. */
  TargetVocabulary with(Collection<String> more, TargetWordRows rows) {
    return new TargetVocabulary(lexicon, union(words, more), rows);
  }

  private static Set<String> union(Set<String> a, Collection<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  /** Fills token {@code t} of {@code tokens} with its facts; {@code chars} are {@code text}'s. */
  void describe(String text, char[] chars, int t, TargetTokens tokens) {
    int from = tokens.starts[t];
    int to = tokens.ends[t];
    long id = WordIndex.lowerCaseId(chars, from, to);
    int slot = id == 0 ? WordIndex.ABSENT : index.find(id, chars, from, to);
    if (slot == WordIndex.ABSENT) {
      String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
      Facts.of(lower, lexicon, rows).fill(tokens, t, lower, id != 0 ? id : FeatureIds.word(lower));
      return;
    }
    long flags = index.fact(slot, FLAGS);
    long rowPair = index.fact(slot, ROWS);
    tokens.lower[t] = index.word(slot);
    tokens.ids[t] = id;
    tokens.stems[t] = index.fact(slot, STEM);
    tokens.stemLengths[t] = (int) (flags & 0xFFFF);
    tokens.roles[t] = (byte) (flags >>> 16);
    tokens.valence[t] = Double.longBitsToDouble(index.fact(slot, VALENCE));
    tokens.negation[t] = (flags & 1L << 24) != 0;
    tokens.wordRows[t] = (int) rowPair;
    tokens.stemRows[t] = (int) (rowPair >>> 32);
  }

  /** A word's facts worked out from its lower-case string. */
  record Facts(
      long stem,
      int stemLength,
      byte roles,
      double valence,
      boolean negation,
      int wordRow,
      int stemRow) {
    static Facts of(String lower, VaderLexicon lexicon, TargetWordRows rows) {
      int stemLength = SentimentFeatures.stemLength(lower);
      long stem = stemLength < lower.length() ? FeatureIds.word(lower, 0, stemLength) : 0;
      return new Facts(
          stem,
          stemLength,
          TargetRoles.of(lower),
          lexicon.valence(lower),
          VaderWords.isNegation(lower),
          rows == null ? TargetWordRows.ABSENT : rows.row(FeatureIds.word(lower)),
          rows == null || stem == 0 ? TargetWordRows.ABSENT : rows.row(stem));
    }

    void fill(TargetTokens tokens, int t, String lower, long id) {
      tokens.lower[t] = lower;
      tokens.ids[t] = id;
      tokens.stems[t] = stem;
      tokens.stemLengths[t] = stemLength;
      tokens.roles[t] = roles;
      tokens.valence[t] = valence;
      tokens.negation[t] = negation;
      tokens.wordRows[t] = wordRow;
      tokens.stemRows[t] = stemRow;
    }
  }
}
