package io.newsflow.enrich.entity.tagger;

import io.newsflow.enrich.table.LongKeyTable;

/**
 * A map from non-zero long keys to int values; -1 means absent. A {@link LongKeyTable} with one int
 * a key.
 */
public final class LongIntMap {
  private final LongKeyTable table;

  public LongIntMap(int expected) {
    table = new LongKeyTable(expected, 1);
  }

  int size() {
    return table.size();
  }

  public int get(long key) {
    int slot = table.find(key);
    return slot == LongKeyTable.ABSENT ? -1 : (int) table.slots()[slot + 1];
  }

  public void put(long key, int value) {
    int slot = table.add(key);
    table.slots()[slot + 1] = value;
  }

  /** The keys in slot order, with their values in {@code valuesOut}. */
  public long[] keys(int[] valuesOut) {
    int[] used = table.usedSlots();
    long[] slots = table.slots();
    long[] out = new long[used.length];
    for (int j = 0; j < used.length; j++) {
      out[j] = slots[used[j]];
      valuesOut[j] = (int) slots[used[j] + 1];
    }
    return out;
  }
}
