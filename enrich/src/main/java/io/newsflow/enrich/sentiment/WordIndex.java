package io.newsflow.enrich.sentiment;

import io.newsflow.enrich.table.LongKeyTable;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * A fixed set of lower-case ASCII words, each found from a token's characters in any case, in one
 * pass and without building a string, with a few longs of facts about it beside it. The pass yields
 * the {@link FeatureIds#word} id of the token lower-cased, which scoring wants anyway and which
 * keys the table ({@link LongKeyTable}); the word's characters are then compared in place, from the
 * slot itself for words of up to 16 letters (8 to a long), from a pool for longer ones. So a hit
 * reads one place in memory, slot and facts side by side, where a string per token, its hash and a
 * look-up per fact read a dozen: scoring is bound by those reads (a pool read for every word cost
 * 7% of scoring a mention). A lower-case ASCII word not found is not in the set. Facts are set
 * while building, read-only after.
 */
final class WordIndex {
  static final int ABSENT = LongKeyTable.ABSENT;

  private final String[] words;
  private final char[] pool; // every word's chars, one after another
  // key, (pool offset << 40 | length << 32 | word number), the first 16 chars, facts
  private final long[] slots;
  private final int stride;
  private final int mask;

  /**
   * Indexes those of {@code candidates} that are lower-case ASCII (no other can equal a token
   * here), with {@code facts} longs each, 0 until set.
   */
  WordIndex(Collection<String> candidates, int facts) {
    words = candidates.stream().filter(WordIndex::indexable).distinct().toArray(String[]::new);
    pool = new char[Arrays.stream(words).mapToInt(String::length).sum()];
    if (pool.length >= 1 << 24) {
      throw new IllegalArgumentException("too many letters for 24-bit offsets: " + pool.length);
    }
    LongKeyTable table = new LongKeyTable(words.length, 3 + facts);
    int offset = 0;
    for (int w = 0; w < words.length; w++) {
      long key = key(FeatureIds.word(words[w]));
      if (table.find(key) != ABSENT) {
        // a word not found would be taken for one outside the set; never seen with 64-bit ids
        throw new IllegalArgumentException("two words share an id: " + words[w]);
      }
      int slot = table.add(key); // sized for all: never grows, so slots stay where they are
      char[] chars = words[w].toCharArray();
      table.slots()[slot + 1] = (long) offset << 40 | (long) chars.length << 32 | w;
      table.slots()[slot + 2] = pack(chars, 0, Math.min(chars.length, 8));
      table.slots()[slot + 3] = pack(chars, Math.min(chars.length, 8), Math.min(chars.length, 16));
      words[w].getChars(0, words[w].length(), pool, offset);
      offset += words[w].length();
    }
    slots = table.slots();
    stride = table.stride();
    mask = table.mask();
  }

  private static boolean indexable(String word) {
    return !word.isEmpty()
        && word.length() < 256
        && word.chars().allMatch(c -> c > 0 && c < 128)
        && word.equals(word.toLowerCase(Locale.ROOT));
  }

  private static long key(long id) {
    return FeatureIds.mix(id); // spread, and never 0 (an empty slot)
  }

  /**
   * The {@link FeatureIds#word} id of {@code text[from, to)} lower-cased, or 0 when a char in it is
   * not ASCII, whose lower-casing is left to {@link String#toLowerCase}.
   */
  static long lowerCaseId(char[] text, int from, int to) {
    long h = 0xCBF29CE484222325L;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c >= 128) {
        return 0;
      }
      h ^= lower(c);
      h *= 0x100000001B3L;
    }
    return h;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * The slot of the word that {@code text[from, to)} lower-cases to, given its id ({@link
   * #lowerCaseId}), or {@link #ABSENT}.
   */
  int find(long id, char[] text, int from, int to) {
    int slot = LongKeyTable.find(slots, stride, mask, key(id));
    return slot != ABSENT && matches(slot, text, from, to) ? slot : ABSENT;
  }

  /** The slot of a word, or {@link #ABSENT}. */
  int find(String word) {
    return find(FeatureIds.word(word), word.toCharArray(), 0, word.length());
  }

  private boolean matches(int slot, char[] text, int from, int to) {
    long meta = slots[slot + 1];
    int length = (int) (meta >>> 32) & 0xFF;
    if (length != to - from) {
      return false;
    }
    if (length <= 16) {
      int middle = Math.min(to, from + 8);
      return slots[slot + 2] == pack(text, from, middle)
          && slots[slot + 3] == pack(text, middle, to);
    }
    int at = (int) (meta >>> 40);
    for (int i = from; i < to; i++, at++) {
      if (pool[at] != lower(text[i])) {
        return false;
      }
    }
    return true;
  }

  /** Up to 8 ASCII chars, lower-cased, a byte each. */
  private static long pack(char[] text, int from, int to) {
    long packed = 0;
    for (int i = from; i < to; i++) {
      packed |= (long) lower(text[i]) << 8 * (i - from);
    }
    return packed;
  }

  /** The word at a slot, the same string each time. */
  String word(int slot) {
    return words[(int) slots[slot + 1]];
  }

  long fact(int slot, int k) {
    return slots[slot + 4 + k];
  }

  void setFact(int slot, int k, long value) {
    slots[slot + 4 + k] = value;
  }

  /** Every word indexed. */
  String[] words() {
    return words.clone();
  }
}
