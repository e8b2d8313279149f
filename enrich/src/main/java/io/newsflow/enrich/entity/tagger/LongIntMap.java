package io.newsflow.enrich.entity.tagger;

import java.util.Arrays;

/**
 * An open-addressing map from non-zero long keys to int values; -1 means absent. Each key sits next
 * to its value in one array, so a lookup touches one cache line, not two. Public for the train
 * module's perceptron, the one other user.
 */
public final class LongIntMap {
  private long[] slots; // key at 2i, value at 2i + 1
  private int capacity;
  private int size;

  public LongIntMap(int expected) {
    capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
    slots = new long[capacity * 2];
  }

  int size() {
    return size;
  }

  public int get(long key) {
    int mask = capacity - 1;
    int i = (int) (key ^ (key >>> 32)) & mask;
    while (true) {
      long k = slots[2 * i];
      if (k == key) {
        return (int) slots[2 * i + 1];
      }
      if (k == 0) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  public void put(long key, int value) {
    if (key == 0) {
      throw new IllegalArgumentException("zero key");
    }
    if ((size + 1) * 2 > capacity) {
      grow();
    }
    int mask = capacity - 1;
    int i = (int) (key ^ (key >>> 32)) & mask;
    while (slots[2 * i] != 0 && slots[2 * i] != key) {
      i = (i + 1) & mask;
    }
    if (slots[2 * i] == 0) {
      size++;
    }
    slots[2 * i] = key;
    slots[2 * i + 1] = value;
  }

  private void grow() {
    long[] old = slots;
    capacity *= 2;
    slots = new long[capacity * 2];
    size = 0;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] != 0) {
        put(old[i], (int) old[i + 1]);
      }
    }
  }

  /** The keys in slot order, with their values in {@code valuesOut}. */
  public long[] keys(int[] valuesOut) {
    long[] out = new long[size];
    int j = 0;
    for (int i = 0; i < slots.length; i += 2) {
      if (slots[i] != 0) {
        valuesOut[j] = (int) slots[i + 1];
        out[j++] = slots[i];
      }
    }
    return Arrays.copyOf(out, j);
  }
}
