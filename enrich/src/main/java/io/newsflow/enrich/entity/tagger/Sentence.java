package io.newsflow.enrich.entity.tagger;

/**
 * A sentence's words and what the features compute once per sentence: the gazetteer's labels,
 * whether it is written in capitals, the typed-name labels, and the heads of its capitalised runs
 * ({@link CapitalisedRuns#heads}); see {@link WordAnalyser#sentence}.
 */
record Sentence(
    WordForm[] words, String[] gazetteer, boolean capitals, String[][] typed, String[] runHead) {
  Sentence(WordForm[] words, String[] gazetteer, boolean capitals) {
    this(words, gazetteer, capitals, null, null);
  }
}
