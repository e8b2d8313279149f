package io.newsflow.enrich.sentiment;

/** An open-addressing map from non-zero long ids to float weights; read-only once built. */
final class LongFloatMap {
  private final long[] keys;
  private final float[] values;
  private final int mask;
  private int size;

  LongFloatMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new float[capacity];
    mask = capacity - 1;
  }

  void put(long key, float value) {
    int i = (int) key & mask;
    while (keys[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (keys[i] == 0) {
      size++;
      if (size * 2 > keys.length) {
        throw new IllegalStateException("map over capacity");
      }
    }
    keys[i] = key;
    values[i] = value;
  }

  float get(long key) {
    int i = (int) key & mask;
    long k;
    while ((k = keys[i]) != 0) {
      if (k == key) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return 0f;
  }

  int size() {
    return size;
  }
}
