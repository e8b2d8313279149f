package io.newsflow.enrich.sentiment;

import io.newsflow.enrich.table.LongKeyTable;
import java.util.Arrays;

/**
 * The weights of {@link TargetFeatures#CONTEXT_KINDS} gathered word by word: one row per word (or
 * stem), holding its two logits under every context kind. A sentence finds each of its words' rows
 * once; each mention then reads its few dozen context features from those rows by kind, where a
 * look-up per feature in the model's big table missed the CPU cache every time. Read-only once
 * built.
 */
final class TargetWordRows {
  static final int ABSENT = -1;
  private static final int WIDTH = 2 * TargetFeatures.CONTEXT_KINDS.size();

  private final LongKeyTable index; // word id -> row, in the long after the key
  private float[] weights = new float[64 * WIDTH];
  private int rows;

  TargetWordRows(int expected) {
    index = new LongKeyTable(expected, 1);
  }

  /**
   * Sets the logits of {@code word} (its {@link FeatureIds#word} id) under context kind {@code
   * kind}.
   */
  void put(long word, int kind, float positive, float negative) {
    long key = FeatureIds.mix(word);
    int slot = index.find(key);
    int row;
    if (slot == LongKeyTable.ABSENT) {
      row = rows++;
      if (rows * WIDTH > weights.length) {
        weights = Arrays.copyOf(weights, weights.length * 2);
      }
      int added = index.add(key); // may grow the table: its slots are read after
      index.slots()[added + 1] = row;
    } else {
      row = (int) index.slots()[slot + 1];
    }
    weights[row * WIDTH + 2 * kind] = positive;
    weights[row * WIDTH + 2 * kind + 1] = negative;
  }

  /** The row of {@code word}, or {@link #ABSENT} when no context feature of it has weights. */
  int row(long word) {
    int slot = index.find(FeatureIds.mix(word));
    return slot == LongKeyTable.ABSENT ? ABSENT : (int) index.slots()[slot + 1];
  }

  /** Adds the row's two logits under {@code kind}, times {@code value}, to {@code logits}. */
  void add(int row, int kind, double value, double[] logits) {
    if (row != ABSENT) {
      int at = row * WIDTH + 2 * kind;
      logits[0] += (double) weights[at] * value;
      logits[1] += (double) weights[at + 1] * value;
    }
  }
}
