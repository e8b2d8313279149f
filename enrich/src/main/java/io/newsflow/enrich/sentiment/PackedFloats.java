package io.newsflow.enrich.sentiment;

/**
 * Floats packed two to a long, the even ones in the low half, after a key in one {@code long[]}
 * slot: the open-addressing tables of the scorer ({@link LongFloatMap}, {@link WordFactsTable})
 * keep a key and its values side by side, so that a look-up reads one place in memory.
 */
final class PackedFloats {
  private PackedFloats() {}

  /** Longs in a slot of a key and {@code floats} values. */
  static int slotLength(int floats) {
    return 1 + (floats + 1) / 2;
  }

  /** Value {@code index} of the slot starting at {@code slot} (its key). */
  static float get(long[] slots, int slot, int index) {
    long bits = slots[slot + 1 + (index >> 1)];
    return Float.intBitsToFloat((int) ((index & 1) == 0 ? bits : bits >>> 32));
  }

  /**
   * Adds the slot's first {@code sums.length} values to {@code sums}, a long (two values) at a
   * time.
   */
  static void addTo(long[] slots, int slot, double[] sums) {
    int at = slot + 1;
    for (int c = 0; c < sums.length; c += 2, at++) {
      long bits = slots[at];
      sums[c] += Float.intBitsToFloat((int) bits);
      if (c + 1 < sums.length) {
        sums[c + 1] += Float.intBitsToFloat((int) (bits >>> 32));
      }
    }
  }

  static void set(long[] slots, int slot, int index, float value) {
    long bits = Float.floatToRawIntBits(value) & 0xFFFFFFFFL;
    int at = slot + 1 + (index >> 1);
    slots[at] =
        (index & 1) == 0
            ? (slots[at] & 0xFFFFFFFF00000000L) | bits
            : (slots[at] & 0xFFFFFFFFL) | (bits << 32);
  }
}
