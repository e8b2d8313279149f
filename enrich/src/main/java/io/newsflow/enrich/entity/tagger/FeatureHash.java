package io.newsflow.enrich.entity.tagger;

/** 64-bit hashes of (template, strings) feature keys, without building the key strings. */
final class FeatureHash {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private FeatureHash() {}

  static long of(int template) {
    return mix(FNV_OFFSET ^ (template * 0x9E3779B97F4A7C15L));
  }

  static long of(int template, String a) {
    return mix(add(start(template), a));
  }

  /** The same key as {@code of(template, a.subSequence(from, to))}, without the copy. */
  static long of(int template, String a, int from, int to) {
    long h = start(template);
    for (int i = from; i < to; i++) {
      h = (h ^ a.charAt(i)) * FNV_PRIME;
    }
    return mix(h);
  }

  static long of(int template, String a, String b) {
    return mix(add(add(start(template), a) * FNV_PRIME ^ 0x1F, b));
  }

  static long of(int template, String a, String b, String c) {
    long h = add(add(start(template), a) * FNV_PRIME ^ 0x1F, b);
    return mix(add(h * FNV_PRIME ^ 0x1F, c));
  }

  /**
   * A key hashed in parts, for keys whose first strings recur with many different last ones (the
   * tagger keeps the first part per word): {@code finish(begin(t, a, b), c) == of(t, a, b, c)} and
   * {@code finish(then(begin(t, a), b), c) == of(t, a, b, c)}.
   */
  static long begin(int template, String a) {
    return add(start(template), a) * FNV_PRIME ^ 0x1F;
  }

  /** See {@link #begin(int, String)}. */
  static long begin(int template, String a, String b) {
    return then(begin(template, a), b);
  }

  /** A part hashed on to a state from {@link #begin(int, String)}, with another to follow. */
  static long then(long state, String b) {
    return add(state, b) * FNV_PRIME ^ 0x1F;
  }

  /**
   * The key: the last part hashed on to a state from {@link #begin(int, String)} or {@link #then}.
   */
  static long finish(long state, String c) {
    return mix(add(state, c));
  }

  /** A key derived from another key and a small number, e.g. a word key and a previous tag. */
  static long combine(long key, int value) {
    return mix(key + (value + 1) * 0x9E3779B97F4A7C15L);
  }

  private static long start(int template) {
    return (FNV_OFFSET ^ template) * FNV_PRIME;
  }

  private static long add(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * FNV_PRIME;
    }
    return h;
  }

  /** MurmurHash3's finaliser, so that similar keys spread over the table. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
