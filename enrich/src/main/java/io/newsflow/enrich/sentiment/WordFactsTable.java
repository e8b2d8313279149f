package io.newsflow.enrich.sentiment;

import io.newsflow.enrich.table.LongKeyTable;
import java.util.Collection;

/**
 * What every word of a sentence needs of its {@link SentimentFeatures.WordFacts}, for a fixed
 * vocabulary, keyed by the word's 64-bit id ({@link FeatureIds#word}, which scoring computes anyway
 * for word pairs), in one flat array ({@link LongKeyTable}): a slot is the key followed by the
 * facts as floats, two to a long (32 bytes with the three weight channels), so that a look-up reads
 * one place, where a {@code HashMap<String, ...>} would chase a node, the key string and the value
 * object. The weights of a word's negated form, needed only within a negation's scope, are not
 * here: the scorer looks them up in the model's weights then. Read-only once built.
 */
final class WordFactsTable {
  static final int ABSENT = LongKeyTable.ABSENT;

  // Per slot: key; own weights (one per channel), WordNet valence, MiniLM valence, negation (1/0).
  // the table's arrays and mask, which no longer change once built, kept here for the look-ups
  // (see LongKeyTable.find(long[], ...))
  private final long[] slots;
  private final int mask;
  private final int stride;
  private final int channels;

  WordFactsTable(Collection<SentimentFeatures.WordFacts> facts, int channels) {
    this.channels = channels;
    LongKeyTable table = new LongKeyTable(facts.size(), PackedFloats.slotLength(channels + 3) - 1);
    for (SentimentFeatures.WordFacts f : facts) {
      table.add(key(f.id()));
    }
    slots = table.slots();
    mask = table.mask();
    stride = table.stride();
    for (SentimentFeatures.WordFacts f : facts) {
      int at = find(f.id());
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

  private static long key(long id) {
    return id == 0 ? 1 : id; // 0 marks an empty slot
  }

  /** The slot of the word with this id, or {@link #ABSENT}. */
  int find(long id) {
    return LongKeyTable.find(slots, stride, mask, key(id));
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
