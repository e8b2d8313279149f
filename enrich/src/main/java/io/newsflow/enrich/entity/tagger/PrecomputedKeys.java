package io.newsflow.enrich.entity.tagger;

import static io.newsflow.enrich.entity.tagger.TemplateIds.BIGRAM;
import static io.newsflow.enrich.entity.tagger.TemplateIds.CAPS_SENTENCE;
import static io.newsflow.enrich.entity.tagger.TemplateIds.FIRST_CAP;
import static io.newsflow.enrich.entity.tagger.TemplateIds.PREV;
import static io.newsflow.enrich.entity.tagger.TemplateIds.SEEN_CAP;
import static io.newsflow.enrich.entity.tagger.TemplateIds.SEEN_LOWER;
import static io.newsflow.enrich.entity.tagger.TemplateIds.SHAPE_TRIGRAM;

/**
 * Feature keys, and first parts of keys, hashed once rather than for every token: the keys that
 * come from a handful of strings (the previous tag, capitalisation in context), and the first part
 * of the word bigrams and the shape trigram, kept per word. Immutable.
 */
final class PrecomputedKeys {
  /** The previous-tag keys, at the previous tag + 1 (0 = the sentence start). */
  static final long[] PREVIOUS_TAG = new long[Tags.COUNT + 1];

  // The capitalisation-in-context keys, by [first word][upper-case initial], [seen lower-case]
  // [upper-case initial] and [seen capitalised][upper-case initial][sentence in capitals or first
  // word].
  static final long[][] FIRST_CAP_KEYS = new long[2][2];
  static final long CAPS_SENTENCE_ON = FeatureHash.of(CAPS_SENTENCE, "on");
  static final long[][] SEEN_LOWER_KEYS = new long[2][2];
  static final long[][][] SEEN_CAP_KEYS = new long[2][2][2];

  // The word bigrams and the shape trigram are hashed in two parts (FeatureHash.begin, finish):
  // the part up to and with their first word is kept per word (WordForm.keyStarts), at these
  // indices.
  private static final String[] BIGRAM_PLACES = {"-1", "+1", "-2-1", "+1+2"};

  /** Index of the shape trigram's first part in {@link #keyStarts}; the bigrams' are at 0..3. */
  static final int SHAPE_TRIGRAM_START = BIGRAM_PLACES.length;

  private static final long[] SENTENCE_START = keyStarts("<s>", "<s>");
  private static final long[] SENTENCE_END = keyStarts("</s>", "</s>");

  static {
    PREVIOUS_TAG[0] = FeatureHash.of(PREV, "<s>");
    for (int t = 0; t < Tags.COUNT; t++) {
      PREVIOUS_TAG[t + 1] = FeatureHash.of(PREV, Tags.name(t));
    }
    for (int a = 0; a < 2; a++) {
      for (int b = 0; b < 2; b++) {
        String capital = b == 1 ? "C" : "c";
        FIRST_CAP_KEYS[a][b] = FeatureHash.of(FIRST_CAP, a == 1 ? "first" : "inner", capital);
        SEEN_LOWER_KEYS[a][b] = FeatureHash.of(SEEN_LOWER, a == 1 ? "y" : "n", capital);
        for (int c = 0; c < 2; c++) {
          SEEN_CAP_KEYS[a][b][c] =
              FeatureHash.of(SEEN_CAP, a == 1 ? "y" : "n", capital, c == 1 ? "i" : "m");
        }
      }
    }
  }

  private PrecomputedKeys() {}

  /** The first parts of the keys that start with a word of this lower-case form and shape. */
  static long[] keyStarts(String lower, String shape) {
    long[] starts = new long[BIGRAM_PLACES.length + 1];
    for (int k = 0; k < BIGRAM_PLACES.length; k++) {
      starts[k] = FeatureHash.begin(BIGRAM, BIGRAM_PLACES[k], lower);
    }
    starts[SHAPE_TRIGRAM_START] = FeatureHash.begin(SHAPE_TRIGRAM, shape);
    return starts;
  }

  /** The key starts of word {@code i}, or of the sentence's edge when {@code i} is past it. */
  static long[] keyStartsAt(WordForm[] ws, int i) {
    return i < 0 ? SENTENCE_START : i >= ws.length ? SENTENCE_END : ws[i].keyStarts();
  }
}
