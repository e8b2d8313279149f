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
  // per slot: own weights (one per channel), negated weights (one per channel), WordNet valence,
  // negation, MiniLM valence
  private final double[] values;
  private final int channels;
  private final int stride;
  private final int mask;

  WordFactsTable(Collection<SentimentFeatures.WordFacts> facts, int channels) {
    int capacity = Integer.highestOneBit(Math.max(16, facts.size() * 2 - 1)) << 1;
    this.channels = channels;
    stride = 2 * channels + 3;
    keys = new long[capacity];
    values = new double[stride * capacity];
    mask = capacity - 1;
    for (SentimentFeatures.WordFacts f : facts) {
      long key = f.id() == 0 ? 1 : f.id(); // 0 marks an empty slot
      int i = (int) (key ^ (key >>> 32)) & mask;
      while (keys[i] != 0 && keys[i] != key) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      int at = stride * i;
      for (int c = 0; c < channels; c++) {
        values[at + c] = f.ownWeights()[c];
        values[at + channels + c] = f.negatedWeights()[c];
      }
      values[at + 2 * channels] = f.wordnet();
      values[at + 2 * channels + 1] = f.negation() ? 1 : 0;
      values[at + 2 * channels + 2] = f.minilm();
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

  double ownWeight(int slot, int channel) {
    return values[stride * slot + channel];
  }

  double negatedWeight(int slot, int channel) {
    return values[stride * slot + channels + channel];
  }

  double wordnet(int slot) {
    return values[stride * slot + 2 * channels];
  }

  boolean negation(int slot) {
    return values[stride * slot + 2 * channels + 1] != 0;
  }

  double minilm(int slot) {
    return values[stride * slot + 2 * channels + 2];
  }
}
