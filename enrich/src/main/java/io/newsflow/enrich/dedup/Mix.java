package io.newsflow.enrich.dedup;

/** A fast 64-bit mixer (the SplitMix64 finaliser): every input bit reaches every output bit. */
final class Mix {
  private Mix() {}

  static long of(long x) {
    x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
    x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
    return x ^ (x >>> 31);
  }
}
