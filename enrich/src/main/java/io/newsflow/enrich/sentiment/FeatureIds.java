package io.newsflow.enrich.sentiment;

/**
 * 64-bit ids of the model's sparse features, computed from the words without building strings, so
 * that scoring allocates no feature names. With 64 bits, collisions among a few hundred thousand
 * features are negligible (~1e-9). Public, {@link #word} and {@link #mix} only, for the train
 * module (its cross-validation folds hash the same way).
 */
public final class FeatureIds {
  static final long UNIGRAM = 0x9E3779B97F4A7C15L;
  static final long BIGRAM = 0xC2B2AE3D27D4EB4FL;
  static final long NEGATED = 0x165667B19E3779F9L;
  static final long MARK = 0x27D4EB2F165667C5L;
  static final long STEM = 0x85EBCA77C2B2AE63L;
  static final long PREFIX = 0x94D049BB133111EBL;
  static final long SUFFIX = 0xBF58476D1CE4E5B9L;

  private FeatureIds() {}

  /** FNV-1a over the UTF-16 units of a word. */
  public static long word(String word) {
    return word(word, 0, word.length());
  }

  /** The id of {@code word.substring(from, to)}, without building it. */
  static long word(String word, int from, int to) {
    long h = 0xCBF29CE484222325L;
    for (int i = from; i < to; i++) {
      h ^= word.charAt(i);
      h *= 0x100000001B3L;
    }
    return h;
  }

  static long prefix(long word) {
    return mix(word ^ PREFIX);
  }

  static long suffix(long word) {
    return mix(word ^ SUFFIX);
  }

  static long unigram(long word) {
    return mix(word ^ UNIGRAM);
  }

  static long stem(long word) {
    return mix(word ^ STEM);
  }

  static long negated(long word) {
    return mix(word ^ NEGATED);
  }

  static long bigram(long first, long second) {
    return mix(first * 31 + mix(second) ^ BIGRAM);
  }

  static long mark(String name) {
    return mix(word(name) ^ MARK);
  }

  /**
   * The id of a feature as the model file names it: kind and text ({@code "w1 w2"} for bigrams).
   */
  static long of(String kind, String text) {
    return switch (kind) {
      case "u" -> unigram(word(text));
      case "n" -> negated(word(text));
      case "s" -> stem(word(text));
      case "p" -> prefix(word(text));
      case "x" -> suffix(word(text));
      case "m" -> mark(text);
      case "b" -> {
        int space = text.indexOf(' ');
        yield bigram(word(text.substring(0, space)), word(text.substring(space + 1)));
      }
      default -> throw new IllegalArgumentException("unknown feature kind " + kind);
    };
  }

  /** SplitMix64's finaliser: spreads bits so that open addressing stays short. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return z == 0 ? 1 : z; // 0 marks an empty slot in LongFloatMap
  }
}
