package io.newsflow.enrich.sentiment;

/**
 * An open-addressing map from non-zero long ids to float weights; read-only once built. Key and
 * value sit side by side in one array, so a look-up touches one cache line: scoring does several
 * per word, and the table is bigger than the CPU caches.
 */
final class LongFloatMap {
  private final long[] slots; // key at 2i, float bits of the value at 2i + 1
  private final int mask;
  private int size;

  LongFloatMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    slots = new long[2 * capacity];
    mask = capacity - 1;
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
  }

  float get(long key) {
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
