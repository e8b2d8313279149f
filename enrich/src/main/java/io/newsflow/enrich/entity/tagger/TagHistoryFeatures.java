package io.newsflow.enrich.entity.tagger;

import static io.newsflow.enrich.entity.tagger.TemplateIds.MEMORY;
import static io.newsflow.enrich.entity.tagger.TemplateIds.MEMORY_SHAPE;
import static io.newsflow.enrich.entity.tagger.TemplateIds.PREV_WORD;

import java.util.Locale;
import java.util.Map;

/**
 * The dynamic feature templates, which depend on tags already chosen: the previous tag (alone and
 * with the current word), and the document memory, the type an earlier mention of the same
 * capitalised word was given in this document. Immutable.
 */
final class TagHistoryFeatures {
  private final boolean previousTags;
  private final boolean memory;

  TagHistoryFeatures(boolean previousTags, boolean memory) {
    this.previousTags = previousTags;
    this.memory = memory;
  }

  /** Whether the decoder keeps a document memory at all. */
  boolean usesMemory() {
    return memory;
  }

  /**
   * The memory features of a word given {@code type} (-1 = O) earlier; returns the new length. They
   * use only the word's short shape, which lets the tagger keep their sums per shape.
   */
  int memoryFeatures(long[] out, int offset, int type, String shortShape) {
    String t = type < 0 ? "O" : Tags.TYPES[type];
    out[offset] = FeatureHash.of(MEMORY, t);
    out[offset + 1] = FeatureHash.of(MEMORY_SHAPE, t, shortShape);
    return offset + 2;
  }

  /**
   * Writes the document-memory features of a word into {@code out} from {@code offset}; returns the
   * new length.
   */
  int memoryFeatures(long[] out, int offset, String word, Map<String, Integer> remembered) {
    int k = offset;
    if (memory && remembered != null) {
      Integer type = remembered.get(memoryKey(word));
      if (type != null) {
        k = memoryFeatures(out, k, type, WordShapes.shape(word, 1));
      }
    }
    return k;
  }

  /** Whether {@link #remember} keeps this word's type (capitalised words, when memory is on). */
  boolean remembers(String word) {
    return memory && !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  /** Remembers the type a capitalised word was given, for later mentions in the document. */
  void remember(Map<String, Integer> remembered, String word, int tag) {
    if (remembers(word)) {
      remembered.put(memoryKey(word), Tags.type(tag));
    }
  }

  /** The form under which the memory keeps a word: all its mentions in any case share it. */
  static String memoryKey(String word) {
    return WordShapes.normalise(word).toLowerCase(Locale.ROOT);
  }

  /** A key for the word's transition features, hashed once per token (0 when they are off). */
  long transitionWordKey(String word) {
    return previousTags
        ? FeatureHash.of(PREV_WORD, WordShapes.normalise(word).toLowerCase(Locale.ROOT))
        : 0;
  }

  /**
   * The features of a tag transition: the previous tag alone and with the current word (-1 = the
   * sentence start), the word given by {@link #transitionWordKey}. Writes them into {@code out};
   * returns how many (0 when they are off).
   */
  int transitionFeatures(long[] out, int previous, long wordKey) {
    if (!previousTags) {
      return 0;
    }
    out[0] = PrecomputedKeys.PREVIOUS_TAG[previous + 1];
    out[1] = FeatureHash.combine(wordKey, previous + 1);
    return 2;
  }

  /** Only the previous-tag feature, which does not depend on the word. */
  int previousTagFeature(long[] out, int previous) {
    if (!previousTags) {
      return 0;
    }
    out[0] = PrecomputedKeys.PREVIOUS_TAG[previous + 1];
    return 1;
  }

  /** Only the previous-tag-and-word feature. */
  int previousTagWordFeature(long[] out, int previous, long wordKey) {
    if (!previousTags) {
      return 0;
    }
    out[0] = FeatureHash.combine(wordKey, previous + 1);
    return 1;
  }
}
