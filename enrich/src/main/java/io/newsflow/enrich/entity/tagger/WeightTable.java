package io.newsflow.enrich.entity.tagger;

/**
 * The model's weights for tagging: an open-addressing table in which each feature key sits next to
 * its {@link Tags#COUNT} 16-bit weights (packed four to a long), so that scoring a feature reads one
 * place in memory rather than a slot and then a separate weight row. The tables are a few megabytes,
 * far bigger than the CPU cache; the second memory access per feature was where tagging spent its time.
 */
final class WeightTable {
  private static final int WEIGHT_LONGS = (Tags.COUNT + 3) / 4;
  private static final int STRIDE = 1 + WEIGHT_LONGS;

  private final long[] slots; // key, then the weights, STRIDE longs per slot
  private final int mask;

  /** {@code weights} row by row, {@link Tags#COUNT} per key; keys are distinct and non-zero. */
  WeightTable(long[] keys, short[] weights) {
    // load factor up to 0.75: a fuller table is smaller, so more of it stays in the cache, and the
    // extra probes read neighbouring slots, mostly on the same or the next cache line
    int capacity = Integer.highestOneBit(Math.max(16, keys.length * 4 / 3 - 1)) << 1;
    mask = capacity - 1;
    slots = new long[capacity * STRIDE];
    for (int r = 0; r < keys.length; r++) {
      int i = indexOf(keys[r]);
      while (slots[i * STRIDE] != 0) {
        i = (i + 1) & mask;
      }
      int base = i * STRIDE;
      slots[base] = keys[r];
      for (int t = 0; t < Tags.COUNT; t++) {
        slots[base + 1 + (t >> 2)] |= (weights[r * Tags.COUNT + t] & 0xFFFFL) << ((t & 3) * 16);
      }
    }
  }

  private int indexOf(long key) {
    return (int) (key ^ (key >>> 32)) & mask;
  }

  /** Where the key's slot starts, or -1. */
  int find(long key) {
    int i = indexOf(key);
    while (true) {
      long k = slots[i * STRIDE];
      if (k == key) {
        return i * STRIDE;
      }
      if (k == 0) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  /** Adds the integer weights of the slot at {@code base} (from {@link #find}) to {@code sums[offset .. offset + Tags.COUNT)}. */
  void addTo(int base, int[] sums, int offset) {
    for (int t = 0; t < Tags.COUNT; t++) {
      sums[offset + t] += (short) (slots[base + 1 + (t >> 2)] >>> ((t & 3) * 16));
    }
  }
}
