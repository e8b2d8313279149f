package io.newsflow.enrich.sentiment;

/** Scores one sentence in [-1, 1]; what the {@code sentiment} command prints. Thread-safe. */
public interface SentenceScorer {
  double score(String sentence);
}
