package io.newsflow.enrich.dedup;

import java.util.Arrays;

/**
 * The overlapping runs of {@value #WORDS} words in a story, each hashed to 64 bits: two texts share
 * a shingle where they share a phrase, so a reworded headline or a dropped paragraph costs only the
 * shingles it touches, and reordered sentences only those across the seams. Words are folded as
 * {@link ContentFingerprint} folds them (case, accents, punctuation) after {@link WireFurniture} is
 * stripped.
 */
final class WordShingles {
  static final int WORDS = 3;

  private WordShingles() {}

  /** The distinct shingle hashes of a headline and body; at least one for any text. */
  static long[] of(String headline, String body) {
    String text =
        ContentFingerprint.normalise(headline)
            + ' '
            + ContentFingerprint.normalise(WireFurniture.strip(body == null ? "" : body));
    long[] words = Arrays.stream(text.strip().split(" ")).mapToLong(WordShingles::hash).toArray();
    int count = Math.max(1, words.length - WORDS + 1);
    long[] shingles = new long[count];
    for (int start = 0; start < count; start++) {
      long shingle = 0;
      for (int i = start; i < Math.min(words.length, start + WORDS); i++) {
        shingle = Mix.of(shingle * 0x9E3779B97F4A7C15L + words[i]);
      }
      shingles[start] = shingle;
    }
    return Arrays.stream(shingles).distinct().toArray();
  }

  private static long hash(String word) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < word.length(); i++) {
      h = (h ^ word.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }
}
