package io.newsflow.enrich.dedup;

/**
 * MinHash with LSH bands over {@link WordShingles}: {@code bands × rows} minimum hashes, each band
 * of {@code rows} folded into one 64-bit value. Two stories with shingle Jaccard similarity J agree
 * on a band with probability J<sup>rows</sup>, so the count of agreeing bands estimates J, and only
 * the band values need to travel and be stored: stories that share no band never meet.
 *
 * @param bands how many band values a story has
 * @param rows how many minimum hashes make one band
 * @param threshold the least estimated Jaccard similarity of a near-copy
 */
public record NearDuplicateSketch(int bands, int rows, double threshold) {
  /** The settings chosen on the development pairs (docs/MODELS.md, "Near-duplicates"). */
  public static NearDuplicateSketch defaults() {
    return new NearDuplicateSketch(16, 2, 0.4);
  }

  public NearDuplicateSketch {
    if (bands < 1 || rows < 1 || !(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException(
          "bands and rows must be positive and threshold in (0, 1]: "
              + bands
              + ", "
              + rows
              + ", "
              + threshold);
    }
  }

  /** The band values of a story; equal values at the same index are an agreeing band. */
  public long[] bandsOf(String headline, String body) {
    long[] shingles = WordShingles.of(headline, body);
    long[] bandValues = new long[bands];
    for (int band = 0; band < bands; band++) {
      long value = band;
      for (int row = 0; row < rows; row++) {
        long seed = Mix.of((long) band * rows + row + 1);
        long min = Long.MAX_VALUE;
        for (long shingle : shingles) {
          min = Math.min(min, Mix.of(shingle ^ seed));
        }
        value = Mix.of(value * 0x9E3779B97F4A7C15L + min);
      }
      bandValues[band] = value;
    }
    return bandValues;
  }

  /** The fewest agreeing bands that make a near-copy: bands × threshold<sup>rows</sup>. */
  public int minAgreeingBands() {
    return Math.max(1, (int) Math.ceil(bands * Math.pow(threshold, rows) - 1e-9));
  }

  /** Whether two stories' band values make them near-copies. */
  public boolean nearCopies(long[] left, long[] right) {
    int agreeing = 0;
    for (int band = 0; band < bands; band++) {
      if (left[band] == right[band]) {
        agreeing++;
      }
    }
    return agreeing >= minAgreeingBands();
  }
}
