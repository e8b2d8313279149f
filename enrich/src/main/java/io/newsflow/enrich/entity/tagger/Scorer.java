package io.newsflow.enrich.entity.tagger;

/** Adds the weights of the given features to the score of every tag. */
public interface Scorer {
  void score(long[] features, int count, float[] scores);

  /** Whether the feature has any weight (scoring an absent one adds nothing). */
  boolean contains(long feature);
}
