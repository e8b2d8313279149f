package io.newsflow.enrich.sentiment;

/**
 * An open-addressing map from non-zero long ids to float weights; read-only once built. Key and
 * value sit side by side in one array, so a look-up touches one cache line: scoring does several
 * per word, and the table is bigger than the CPU caches.
 */
final class LongFloatMap {
  private final long[] slots; // key at 2i, float bits of the value at 2i + 1
  private final int mask;
  // One bit per key (from the key's high bits), about eight bits per key: most look-ups are of
  // features the model lacks (word pairs above all), and this small array, which stays in the CPU
  // cache, turns ~88% of those away without touching the big table.
  private final long[] present;
  private final int presentMask;
  private int size;

  LongFloatMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    slots = new long[2 * capacity];
    mask = capacity - 1;
    int bits = Integer.highestOneBit(Math.max(64, expected * 8 - 1)) << 1;
    present = new long[bits / 64];
    presentMask = bits - 1;
  }

  private int bit(long key) {
    return (int) (key >>> 40) & presentMask;
  }

  void put(long key, float value) {
    int i = (int) key & mask;
    while (slots[2 * i] != 0 && slots[2 * i] != key) {
      i = (i + 1) & mask;
    }
    if (slots[2 * i] == 0) {
      size++;
      if (size * 2 > mask + 1) {
        throw new IllegalStateException("map over capacity");
      }
    }
    slots[2 * i] = key;
    slots[2 * i + 1] = Float.floatToRawIntBits(value);
    int b = bit(key);
    present[b >>> 6] |= 1L << b;
  }

  float get(long key) {
    int b = bit(key);
    if ((present[b >>> 6] & (1L << b)) == 0) {
      return 0f;
    }
    int i = (int) key & mask;
    long k;
    while ((k = slots[2 * i]) != 0) {
      if (k == key) {
        return Float.intBitsToFloat((int) slots[2 * i + 1]);
      }
      i = (i + 1) & mask;
    }
    return 0f;
  }

  int size() {
    return size;
  }
}
