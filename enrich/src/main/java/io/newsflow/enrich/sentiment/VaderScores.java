package io.newsflow.enrich.sentiment;

/**
 * What VADER's rules make of one sentence.
 *
 * @param compound the normalised sum of valences, in [-1, 1]
 * @param positive share of positive intensity (VADER's "pos"), in [0, 1]
 * @param negative share of negative intensity ("neg"), in [0, 1]
 * @param neutral share of neutral tokens ("neu"), in [0, 1]
 * @param sum the raw sum of rule-adjusted valences plus punctuation emphasis
 * @param positiveSum the sum of the positive rule-adjusted valences
 * @param negativeSum the sum of the negative ones (at most 0)
 * @param tokens how many tokens the sentence has
 */
public record VaderScores(
    double compound,
    double positive,
    double negative,
    double neutral,
    double sum,
    double positiveSum,
    double negativeSum,
    int tokens) {

  static final VaderScores EMPTY = new VaderScores(0, 0, 0, 0, 0, 0, 0, 0);
}
