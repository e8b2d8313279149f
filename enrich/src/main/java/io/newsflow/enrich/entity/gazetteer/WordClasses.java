package io.newsflow.enrich.entity.gazetteer;

/**
 * Word classes learned elsewhere (clusters of word vectors): classes from coarse to fine per word.
 */
public interface WordClasses {
  /** The classes of a lower-cased word, coarse to fine (three of them), or null when unknown. */
  String[] of(String lowerWord);

  /**
   * The lower-cased words that have classes (the tagger precomputes its per-word scores for them).
   */
  default java.util.Set<String> words() {
    return java.util.Set.of();
  }

  WordClasses NONE = w -> null;
}
