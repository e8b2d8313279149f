package io.newsflow.enrich.sentiment;

import java.util.Collection;

/**
 * {@link SentimentFeatures.WordFacts} of a fixed vocabulary, keyed by the word's 64-bit id
 * ({@link FeatureIds#word}, which scoring computes anyway for word pairs), in flat arrays: a
 * look-up reads one slot of a key array and one of a value array, where a {@code HashMap<String,
 * ...>} would chase a node, the key string and the value object. Read-only once built.
 */
final class WordFactsTable {
  static final int ABSENT = -1;

  private final long[] keys;
  private final double[] values; // per slot: own weight, negated weight, WordNet valence, negation, MiniLM valence
  private final int mask;

  WordFactsTable(Collection<SentimentFeatures.WordFacts> facts) {
    int capacity = Integer.highestOneBit(Math.max(16, facts.size() * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new double[5 * capacity];
    mask = capacity - 1;
    for (SentimentFeatures.WordFacts f : facts) {
      long key = f.id() == 0 ? 1 : f.id(); // 0 marks an empty slot
      int i = (int) (key ^ (key >>> 32)) & mask;
      while (keys[i] != 0 && keys[i] != key) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      values[5 * i] = f.ownWeight();
      values[5 * i + 1] = f.negatedWeight();
      values[5 * i + 2] = f.wordnet();
      values[5 * i + 3] = f.negation() ? 1 : 0;
      values[5 * i + 4] = f.minilm();
    }
  }

  /** The slot of the word with this id, or {@link #ABSENT}. */
  int find(long id) {
    long key = id == 0 ? 1 : id;
    int i = (int) (key ^ (key >>> 32)) & mask;
    long k;
    while ((k = keys[i]) != 0) {
      if (k == key) {
        return i;
      }
      i = (i + 1) & mask;
    }
    return ABSENT;
  }

  double ownWeight(int slot) {
    return values[5 * slot];
  }

  double negatedWeight(int slot) {
    return values[5 * slot + 1];
  }

  double wordnet(int slot) {
    return values[5 * slot + 2];
  }

  double minilm(int slot) {
    return values[5 * slot + 4];
  }

  boolean negation(int slot) {
    return values[5 * slot + 3] != 0;
  }
}
