package io.newsflow.enrich.entity.tagger;

import java.util.Collection;

/**
 * A fixed set of words in an open-addressing table: each word's slot, or -1 for other words. The
 * words' hash codes sit in an array of their own, so that a look-up compares strings only where the
 * hash codes agree; it reads two arrays instead of the four objects of a hash map's chain (table,
 * node, key, value), which matters because the tagger looks up every token in it and the table is
 * bigger than the CPU cache. Immutable.
 */
final class WordIndex {
  private final String[] words;
  private final int[] hashes;
  private final int bits;
  private final int size;

  WordIndex(Collection<String> vocabulary) {
    // at most half full: short probe runs
    bits = Math.max(4, 32 - Integer.numberOfLeadingZeros(Math.max(1, vocabulary.size() * 2 - 1)));
    words = new String[1 << bits];
    hashes = new int[1 << bits];
    int count = 0;
    for (String w : vocabulary) {
      if (slotOf(w) < 0) {
        int i = home(w.hashCode());
        while (words[i] != null) {
          i = (i + 1) & (words.length - 1);
        }
        words[i] = w;
        hashes[i] = w.hashCode();
        count++;
      }
    }
    size = count;
  }

  /** How many words. */
  int size() {
    return size;
  }

  /** The number of slots: every slot is below it. */
  int capacity() {
    return words.length;
  }

  /** The word's slot, or -1 when the word is not in the set. */
  int slotOf(String word) {
    int h = word.hashCode();
    int i = home(h);
    while (true) {
      String w = words[i];
      if (w == null) {
        return -1;
      }
      if (hashes[i] == h && w.equals(word)) {
        return i;
      }
      i = (i + 1) & (words.length - 1);
    }
  }

  /**
   * The slot a hash code starts from: its top bits after a multiplicative mix, as String hashes are
   * weak in the low bits.
   */
  private int home(int hash) {
    return (hash * 0x9E3779B9) >>> (32 - bits);
  }
}
