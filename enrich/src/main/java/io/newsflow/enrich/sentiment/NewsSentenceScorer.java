package io.newsflow.enrich.sentiment;

/** Placeholder until the trained news model lands. */
public final class NewsSentenceScorer {
  static SentenceScorer load() {
    return VaderSentenceScorer.load();
  }
}
