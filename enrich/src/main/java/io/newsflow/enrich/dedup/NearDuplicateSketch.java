package io.newsflow.enrich.dedup;

/**
 * MinHash over {@link WordShingles}, with LSH bands to find candidates: {@value #HASHES} minimum
 * hashes per story, each kept as one byte for the estimate (a one-byte MinHash: equal by chance 1
 * time in 256, which the estimate corrects for), and the first {@code bands × rows} folded {@code
 * rows} at a time into band values. Two stories with shingle Jaccard similarity J agree on a band
 * with probability J<sup>rows</sup>; only stories that agree on some band are compared, and they
 * are near-copies when the estimated J is at least the threshold.
 *
 * @param bands how many band values a story has
 * @param rows how many minimum hashes make one band
 * @param threshold the least estimated Jaccard similarity of a near-copy
 */
public record NearDuplicateSketch(int bands, int rows, double threshold) {
  /** Minimum hashes per story: the estimate's standard error is below 0.045 at any J. */
  public static final int HASHES = 128;

  /** The settings chosen on the development pairs (docs/MODELS.md, "Near-duplicates"). */
  public static NearDuplicateSketch defaults() {
    return new NearDuplicateSketch(16, 2, 0.4);
  }

  public NearDuplicateSketch {
    if (bands < 1 || bands > 64 || rows < 1 || bands * rows > HASHES) {
      throw new IllegalArgumentException(
          "bands must be 1 to 64 and bands × rows at most " + HASHES + ": " + bands + ", " + rows);
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
  }

  /** A story's band values (equal values at one index: a candidate) and one-byte minima. */
  public record Signature(long[] bands, byte[] minima) {}

  public Signature of(String headline, String body) {
    long[] shingles = WordShingles.of(headline, body);
    long[] minima = new long[HASHES];
    for (int i = 0; i < HASHES; i++) {
      long seed = Mix.of(i + 1L);
      long min = Long.MAX_VALUE;
      for (long shingle : shingles) {
        min = Math.min(min, Mix.of(shingle ^ seed));
      }
      minima[i] = min;
    }
    long[] bandValues = new long[bands];
    byte[] bytes = new byte[HASHES];
    for (int band = 0; band < bands; band++) {
      long value = band;
      for (int row = 0; row < rows; row++) {
        value = Mix.of(value * 0x9E3779B97F4A7C15L + minima[band * rows + row]);
      }
      bandValues[band] = value;
    }
    for (int i = 0; i < HASHES; i++) {
      bytes[i] = (byte) minima[i]; // the low bits of a mixed hash are as random as the rest
    }
    return new Signature(bandValues, bytes);
  }

  /** The estimated Jaccard similarity of two stories' shingles, from their one-byte minima. */
  public static double similarity(byte[] left, byte[] right) {
    int equal = 0;
    for (int i = 0; i < HASHES; i++) {
      if (left[i] == right[i]) {
        equal++;
      }
    }
    double chance = 1.0 / 256;
    return Math.max(0, (equal / (double) HASHES - chance) / (1 - chance));
  }

  /** Whether a story with these minima is a near-copy of one with {@code other}. */
  public boolean nearCopies(byte[] minima, byte[] other) {
    return similarity(minima, other) >= threshold;
  }

  /** Whether two stories meet in a band store and are near-copies there, as in the topology. */
  public boolean nearCopies(Signature left, Signature right) {
    boolean meet = false;
    for (int band = 0; band < bands; band++) {
      meet |= left.bands()[band] == right.bands()[band];
    }
    return meet && nearCopies(left.minima(), right.minima());
  }
}
