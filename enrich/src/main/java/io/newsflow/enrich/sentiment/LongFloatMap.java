package io.newsflow.enrich.sentiment;

import io.newsflow.enrich.table.LongKeyTable;

/**
 * A map from non-zero long ids to a fixed number ({@code width}) of float weights; read-only once
 * built. A {@link LongKeyTable}: key and values sit side by side in one array (two floats to a
 * long, {@link PackedFloats}), so a look-up touches one or two neighbouring cache lines: scoring
 * does several per word, and the table is bigger than the CPU caches.
 */
final class LongFloatMap {
  private static final int ABSENT = LongKeyTable.ABSENT;

  private final LongKeyTable table;
  // the table's arrays and mask, kept here for the look-ups (see LongKeyTable.find(long[], ...));
  // renewed by put, which may grow the table
  private long[] slots;
  private int mask;
  private final int stride;
  private final int width;
  // One bit per key (from the key's high bits), about eight bits per key: most look-ups are of
  // features the model lacks (word pairs above all), and this small array, which stays in the CPU
  // cache, turns ~88% of those away without touching the big table.
  private final long[] present;
  private final int presentMask;

  LongFloatMap(int expected, int width) {
    this.width = width;
    table = new LongKeyTable(expected, PackedFloats.slotLength(width) - 1);
    slots = table.slots();
    mask = table.mask();
    stride = table.stride();
    int bits = Integer.highestOneBit(Math.max(64, expected * 8 - 1)) << 1;
    present = new long[bits / 64];
    presentMask = bits - 1;
  }

  private int bit(long key) {
    return (int) (key >>> 40) & presentMask;
  }

  /** Sets the key's weights ({@code values.length <= width}; the rest are 0). */
  void put(long key, float[] values) {
    int slot = table.add(key);
    slots = table.slots();
    mask = table.mask();
    for (int c = 0; c < width; c++) {
      PackedFloats.set(slots, slot, c, c < values.length ? values[c] : 0f);
    }
    int b = bit(key);
    present[b >>> 6] |= 1L << b;
  }

  /** Where the key's weights are, or {@link #ABSENT}. */
  private int slot(long key) {
    int b = bit(key);
    if ((present[b >>> 6] & (1L << b)) == 0) {
      return ABSENT;
    }
    return LongKeyTable.find(slots, stride, mask, key);
  }

  /** Adds the key's weights, if it has any, to {@code sums} (one per channel). */
  void addTo(long key, double[] sums) {
    int slot = slot(key);
    if (slot != ABSENT) {
      PackedFloats.addTo(slots, slot, sums);
    }
  }

  int width() {
    return width;
  }

  int size() {
    return table.size();
  }
}
