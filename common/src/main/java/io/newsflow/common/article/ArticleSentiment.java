package io.newsflow.common.article;

import java.util.List;
import java.util.Locale;

/** How the article speaks overall, and sentence by sentence. Scores lie in [-1, 1]. */
public record ArticleSentiment(double score, String label, List<SentenceScore> sentences) {

  public ArticleSentiment {
    sentences = sentences == null ? List.of() : List.copyOf(sentences);
  }

  public static ArticleSentiment of(double score, List<SentenceScore> sentences) {
    return new ArticleSentiment(score, label(score), sentences);
  }

  /** The contract's labels: positive above +0.05, negative below -0.05, else neutral. */
  public static String label(double score) {
    if (score > 0.05) {
      return "positive";
    }
    if (score < -0.05) {
      return "negative";
    }
    return "neutral";
  }

  /** The label as given (lower case), or as the score says when none was given. */
  public String effectiveLabel() {
    return label == null ? label(score) : label.toLowerCase(Locale.ROOT);
  }

  /** One sentence's score, at {@code [start, end)} of the named field. */
  public record SentenceScore(String field, int start, int end, double score) {}
}
