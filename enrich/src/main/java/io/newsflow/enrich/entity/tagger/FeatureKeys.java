package io.newsflow.enrich.entity.tagger;

import java.util.Arrays;

/**
 * A growable list of feature keys, each with the label {@link StaticTemplates} gives it (which word
 * it depends on). Reused from token to token, so producing features allocates nothing.
 */
final class FeatureKeys {
  private long[] keys;
  private int[] labels;
  private int size;

  FeatureKeys(int capacity) {
    keys = new long[capacity];
    labels = new int[capacity];
  }

  void add(int label, long key) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      labels = Arrays.copyOf(labels, size * 2);
    }
    keys[size] = key;
    labels[size++] = label;
  }

  void clear() {
    size = 0;
  }

  int size() {
    return size;
  }

  long key(int i) {
    return keys[i];
  }

  int label(int i) {
    return labels[i];
  }

  /** The keys themselves (valid up to {@link #size}). */
  long[] keys() {
    return keys;
  }

  long[] toArray() {
    return Arrays.copyOf(keys, size);
  }
}
