package io.newsflow.enrich.sentiment;

import io.newsflow.enrich.text.Span;
import java.util.Arrays;
import java.util.List;

/**
 * A sentence prepared once for {@link TargetFeatures} of any number of its mentions: its tokens,
 * the sentence scorer's raw prediction for it and, as mentions need them, for its clauses. Not
 * thread-safe (clause predictions are kept as they are first asked for): one per sentence and
 * thread.
 */
final class TargetSentence {
  private final String text;
  private final TargetTokens tokens;
  private final double prediction;
  private final NewsSentenceScorer sentences;
  private List<Span> clauses; // cut when a mention first asks
  private double[] clausePredictions; // NaN until asked

  TargetSentence(
      String text, TargetTokens tokens, double prediction, NewsSentenceScorer sentences) {
    this.text = text;
    this.tokens = tokens;
    this.prediction = prediction;
    this.sentences = sentences;
  }

  String text() {
    return text;
  }

  TargetTokens tokens() {
    return tokens;
  }

  /** The sentence scorer's raw prediction for the whole sentence. */
  double prediction() {
    return prediction;
  }

  /**
   * The sentence scorer's raw prediction for the clause (see {@link Clauses}) that holds {@code
   * offset}, or for the whole sentence when none does.
   */
  double clausePrediction(int offset) {
    if (clauses == null) {
      clauses = Clauses.split(text, new Span(0, text.length()));
      clausePredictions = new double[clauses.size()];
      Arrays.fill(clausePredictions, Double.NaN);
    }
    for (int c = 0; c < clauses.size(); c++) {
      Span span = clauses.get(c);
      if (span.start() <= offset && offset < span.end()) {
        if (Double.isNaN(clausePredictions[c])) {
          clausePredictions[c] = predict(span);
        }
        return clausePredictions[c];
      }
    }
    return prediction;
  }

  /** A clause that is the whole sentence has the sentence's prediction: the same text. */
  private double predict(Span clause) {
    return clause.start() == 0 && clause.end() == text.length()
        ? prediction
        : sentences.raw(clause.of(text));
  }
}
