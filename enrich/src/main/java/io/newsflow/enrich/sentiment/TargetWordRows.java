package io.newsflow.enrich.sentiment;

import io.newsflow.enrich.table.LongKeyTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

  /**
   * The kinds a mention reads of nearly every context word (the sentence bag, the clause sides, the
   * far positions, of the word and of its stem), first in a row, so that they share one or two
   * cache lines rather than four: these reads miss the cache, and are most of a mention's work.
   */
  private static final List<String> FIRST =
      List.of("S", "C=", "L7", "R7", "C<", "C>", "C=s", "C<s", "C>s", "L4", "R4");

  private static final int[] COLUMN = columns(); // each kind's place in a row

  private static int[] columns() {
    List<String> order = new ArrayList<>(FIRST);
    TargetFeatures.CONTEXT_KINDS.stream().filter(k -> !FIRST.contains(k)).forEach(order::add);
    return TargetFeatures.CONTEXT_KINDS.stream().mapToInt(order::indexOf).toArray();
  }

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
    weights[row * WIDTH + 2 * COLUMN[kind]] = positive;
    weights[row * WIDTH + 2 * COLUMN[kind] + 1] = negative;
  }

  /** The row of {@code word}, or {@link #ABSENT} when no context feature of it has weights. */
  int row(long word) {
    int slot = index.find(FeatureIds.mix(word));
    return slot == LongKeyTable.ABSENT ? ABSENT : (int) index.slots()[slot + 1];
  }

  /** Adds the row's two logits under {@code kind}, times {@code value}, to {@code logits}. */
  void add(int row, int kind, double value, double[] logits) {
    if (row != ABSENT) {
      int at = row * WIDTH + 2 * COLUMN[kind];
      logits[0] += (double) weights[at] * value;
      logits[1] += (double) weights[at + 1] * value;
    }
  }
}
