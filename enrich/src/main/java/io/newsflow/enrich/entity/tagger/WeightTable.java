package io.newsflow.enrich.entity.tagger;

import io.newsflow.enrich.table.LongKeyTable;

/**
 * The model's weights for tagging: a {@link LongKeyTable} in which each feature key sits next to
 * its {@link Tags#COUNT} 16-bit weights (packed four to a long), so that scoring a feature reads
 * one place in memory rather than a slot and then a separate weight row. The tables are a few
 * megabytes, far bigger than the CPU cache; the second memory access per feature was where tagging
 * spent its time.
 */
final class WeightTable {
  private static final int WEIGHT_LONGS = (Tags.COUNT + 3) / 4;

  private final LongKeyTable table;
  private final long[] slots; // the table's, which no longer changes once built

  /** {@code weights} row by row, {@link Tags#COUNT} per key; keys are distinct and non-zero. */
  WeightTable(long[] keys, short[] weights) {
    // load factor up to 0.75: a fuller table is smaller, so more of it stays in the cache, and the
    // extra probes read neighbouring slots, mostly on the same or the next cache line
    table = new LongKeyTable(keys.length, WEIGHT_LONGS, 0.75);
    for (int r = 0; r < keys.length; r++) {
      int base = table.add(keys[r]);
      long[] s = table.slots();
      for (int t = 0; t < Tags.COUNT; t++) {
        s[base + 1 + (t >> 2)] |= (weights[r * Tags.COUNT + t] & 0xFFFFL) << ((t & 3) * 16);
      }
    }
    slots = table.slots();
  }

  /** Where the key's slot starts, or -1. */
  int find(long key) {
    return table.find(key);
  }

  /**
   * Adds the integer weights of the slot at {@code base} (from {@link #find}) to {@code sums[offset
   * .. offset + Tags.COUNT)}.
   */
  void addTo(int base, int[] sums, int offset) {
    for (int t = 0; t < Tags.COUNT; t++) {
      sums[offset + t] += (short) (slots[base + 1 + (t >> 2)] >>> ((t & 3) * 16));
    }
  }
}
