package io.newsflow.enrich.sentiment;

import java.util.Collection;

/**
 * What every word of a sentence needs of its {@link SentimentFeatures.WordFacts}, for a fixed
 * vocabulary, keyed by the word's 64-bit id ({@link FeatureIds#word}, which scoring computes
 * anyway for word pairs), in one flat array: a slot is the key followed by the facts as floats,
 * two to a long (32 bytes with the three weight channels), so that a look-up reads one place,
 * where a {@code HashMap<String, ...>} would chase a node, the key string and the value object.
 * The weights of a word's negated form, needed only within a negation's scope, are not here: the
 * scorer looks them up in the model's weights then. Read-only once built.
 */
final class WordFactsTable {
  static final int ABSENT = -1;

  // Per slot: key; own weights (one per channel), WordNet valence, MiniLM valence, negation (1/0).
  private final long[] slots;
  private final int channels;
  private final int stride;
  private final int mask;

  WordFactsTable(Collection<SentimentFeatures.WordFacts> facts, int channels) {
    int capacity = Integer.highestOneBit(Math.max(16, facts.size() * 2 - 1)) << 1;
    this.channels = channels;
    stride = PackedFloats.slotLength(channels + 3);
    slots = new long[stride * capacity];
    mask = capacity - 1;
    for (SentimentFeatures.WordFacts f : facts) {
      long key = f.id() == 0 ? 1 : f.id(); // 0 marks an empty slot
      int i = (int) (key ^ (key >>> 32)) & mask;
      while (slots[stride * i] != 0 && slots[stride * i] != key) {
        i = (i + 1) & mask;
      }
      int at = stride * i;
      slots[at] = key;
      for (int c = 0; c < channels; c++) {
        set(at, c, f.ownWeights()[c]);
      }
      set(at, channels, f.wordnet());
      set(at, channels + 1, f.minilm());
      set(at, channels + 2, f.negation() ? 1 : 0);
    }
  }

  private void set(int slot, int field, double value) {
    PackedFloats.set(slots, slot, field, (float) value);
  }

  private float get(int slot, int field) {
    return PackedFloats.get(slots, slot, field);
  }

  /** The slot of the word with this id, or {@link #ABSENT}. */
  int find(long id) {
    long key = id == 0 ? 1 : id;
    int i = (int) (key ^ (key >>> 32)) & mask;
    long k;
    while ((k = slots[stride * i]) != 0) {
      if (k == key) {
        return stride * i;
      }
      i = (i + 1) & mask;
    }
    return ABSENT;
  }

  /** Adds the word's own weights to {@code sums}, one per channel. */
  void addOwnWeights(int slot, double[] sums) {
    PackedFloats.addTo(slots, slot, sums); // the own weights come first, one per channel
  }

  double wordnet(int slot) {
    return get(slot, channels);
  }

  double minilm(int slot) {
    return get(slot, channels + 1);
  }

  boolean negation(int slot) {
    return get(slot, channels + 2) != 0;
  }
}
