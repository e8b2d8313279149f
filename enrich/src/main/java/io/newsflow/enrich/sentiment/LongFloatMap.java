package io.newsflow.enrich.sentiment;

/**
 * An open-addressing map from non-zero long ids to a fixed number ({@code width}) of float
 * weights; read-only once built. Key and values sit side by side in one array (two floats to a
 * long), so a look-up touches one or two neighbouring cache lines: scoring does several per word,
 * and the table is bigger than the CPU caches.
 */
final class LongFloatMap {
  private static final int ABSENT = -1;

  private final long[] slots; // key at stride * i, float bits of the values after it, two a long
  private final int stride;
  private final int width;
  private final int mask;
  // One bit per key (from the key's high bits), about eight bits per key: most look-ups are of
  // features the model lacks (word pairs above all), and this small array, which stays in the CPU
  // cache, turns ~88% of those away without touching the big table.
  private final long[] present;
  private final int presentMask;
  private int size;

  LongFloatMap(int expected, int width) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    this.width = width;
    stride = PackedFloats.slotLength(width);
    slots = new long[stride * capacity];
    mask = capacity - 1;
    int bits = Integer.highestOneBit(Math.max(64, expected * 8 - 1)) << 1;
    present = new long[bits / 64];
    presentMask = bits - 1;
  }

  private int bit(long key) {
    return (int) (key >>> 40) & presentMask;
  }

  /** Sets the key's weights ({@code values.length <= width}; the rest are 0). */
  void put(long key, float[] values) {
    int i = (int) key & mask;
    while (slots[stride * i] != 0 && slots[stride * i] != key) {
      i = (i + 1) & mask;
    }
    if (slots[stride * i] == 0) {
      size++;
      if (size * 2 > mask + 1) {
        throw new IllegalStateException("map over capacity");
      }
    }
    slots[stride * i] = key;
    for (int c = 0; c < width; c++) {
      PackedFloats.set(slots, stride * i, c, c < values.length ? values[c] : 0f);
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
    int i = (int) key & mask;
    long k;
    while ((k = slots[stride * i]) != 0) {
      if (k == key) {
        return stride * i;
      }
      i = (i + 1) & mask;
    }
    return ABSENT;
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
    return size;
  }
}
