package io.newsflow.enrich.table;

import java.util.Arrays;

/**
 * An open-addressing hash table of non-zero {@code long} keys, each followed by a fixed number of
 * {@code long}s of values, all in one array: a slot is the key and then its values, so a look-up
 * reads one place in memory (one or two neighbouring cache lines) where a {@code HashMap} would
 * chase a node, a boxed key and a value object. The tagger and the sentiment scorer look up several
 * keys per word in tables far bigger than the CPU cache, so that second memory access is where
 * their time went. Linear probing; 0 marks an empty slot, so 0 cannot be a key. What the values
 * mean (an int, packed 16-bit weights, packed floats) is up to the caller, which reads and writes
 * them in {@link #slots()} after the key's slot.
 *
 * <p>Not thread-safe while keys are added; once filled, it may be read from any number of threads
 * (publish it safely, e.g. through a final field).
 */
public final class LongKeyTable {
  /** What {@link #find} returns for a key the table does not have. */
  public static final int ABSENT = -1;

  private final int stride;
  private final double maxLoad;
  private long[] slots;
  private int mask;
  private int size;
  private int limit;

  /** A table that stays at most half full (short probe runs). */
  public LongKeyTable(int expected, int valueLongs) {
    this(expected, valueLongs, 0.5);
  }

  /**
   * @param expected how many keys it will likely hold: it grows past that, but a read-only table
   *     built with the right number never has to
   * @param valueLongs how many longs of values each key has
   * @param maxLoad the share of slots used beyond which it doubles (0 to 1): a fuller table is
   *     smaller, so more of it stays in the cache, at the cost of longer probe runs
   */
  public LongKeyTable(int expected, int valueLongs, double maxLoad) {
    if (valueLongs < 0 || !(maxLoad > 0 && maxLoad < 1)) {
      throw new IllegalArgumentException("valueLongs " + valueLongs + ", maxLoad " + maxLoad);
    }
    this.stride = 1 + valueLongs;
    this.maxLoad = maxLoad;
    int capacity = 16;
    while (capacity < (int) Math.min(1 << 30, Math.ceil(expected / maxLoad))) {
      capacity *= 2;
    }
    allocate(capacity);
  }

  private void allocate(int capacity) {
    slots = new long[capacity * stride];
    mask = capacity - 1;
    limit = (int) (capacity * maxLoad);
  }

  private int home(long key) {
    return (int) (key ^ (key >>> 32)) & mask;
  }

  /** Where the key's slot starts in {@link #slots()} (its values follow it), or {@link #ABSENT}. */
  public int find(long key) {
    return find(slots, stride, mask, key);
  }

  /**
   * {@link #find} on a table's {@link #slots()}, {@link #stride()} and {@link #mask()}, which a
   * caller in a hot loop may keep in its own fields once the table is filled: reaching them through
   * the table object on every look-up made the sentiment scorer about 4% slower (paired runs on a
   * loaded machine, docs/BENCHMARKS.md); kept in the caller, no slower than its own table was.
   */
  public static int find(long[] slots, int stride, int mask, long key) {
    int i = (int) (key ^ (key >>> 32)) & mask;
    long k;
    while ((k = slots[i * stride]) != 0) {
      if (k == key) {
        return i * stride;
      }
      i = (i + 1) & mask;
    }
    return ABSENT;
  }

  /**
   * Where the key's slot starts, adding the key, with its values 0, when it is new. Adding may grow
   * the table: slot positions and arrays from {@link #slots()} obtained before are then stale.
   */
  public int add(long key) {
    if (key == 0) {
      throw new IllegalArgumentException("0 cannot be a key: it marks an empty slot");
    }
    int i = home(key);
    long k;
    while ((k = slots[i * stride]) != 0) {
      if (k == key) {
        return i * stride;
      }
      i = (i + 1) & mask;
    }
    if (size + 1 > limit) {
      grow();
      return add(key);
    }
    slots[i * stride] = key;
    size++;
    return i * stride;
  }

  private void grow() {
    long[] old = slots;
    allocate((mask + 1) * 2);
    for (int at = 0; at < old.length; at += stride) {
      if (old[at] != 0) {
        int i = home(old[at]);
        while (slots[i * stride] != 0) {
          i = (i + 1) & mask;
        }
        System.arraycopy(old, at, slots, i * stride, stride);
      }
    }
  }

  /** The slots: at a slot from {@link #find} or {@link #add}, the key, then its values. */
  public long[] slots() {
    return slots;
  }

  /** How many keys. */
  public int size() {
    return size;
  }

  /** How many slots there are (keys and empty ones). */
  public int capacity() {
    return mask + 1;
  }

  /** The number of slots less one: a key's home slot is its hash masked by it. */
  public int mask() {
    return mask;
  }

  /** How many longs a slot takes: the key and its values. */
  public int stride() {
    return stride;
  }

  /** Where each key's slot starts, in table order. */
  public int[] usedSlots() {
    int[] out = new int[size];
    int n = 0;
    for (int at = 0; at < slots.length; at += stride) {
      if (slots[at] != 0) {
        out[n++] = at;
      }
    }
    return n == size ? out : Arrays.copyOf(out, n);
  }
}
