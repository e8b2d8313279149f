package io.newsflow.enrich.entity.tagger;

/**
 * The reference Viterbi ({@link DocumentDecoder#viterbi}) over legal BILOU transitions only, with
 * the same sums, maxima and ties: for each tag, its legal predecessors in ascending order with a
 * strict comparison, as the reference finds the first best. Each tag's best is kept in local
 * variables while its predecessors are tried (the arrays are written once per tag), which halves
 * the time of the version that went predecessor by predecessor. Immutable.
 */
final class LegalViterbi {
  private static final int COUNT = Tags.COUNT;
  private static final int START = Tags.COUNT;

  private final boolean[] startAllowed = new boolean[COUNT];
  private final boolean[] endAllowed = new boolean[COUNT];
  /** predecessors[t]: the legal predecessors of tag t, ascending. */
  private final int[][] predecessors = new int[COUNT][];

  LegalViterbi() {
    for (int t = 0; t < COUNT; t++) {
      startAllowed[t] = Tags.allowed(-1, t);
      endAllowed[t] = Tags.canEnd(t);
      int legal = 0;
      for (int p = 0; p < COUNT; p++) {
        legal += Tags.allowed(p, t) ? 1 : 0;
      }
      predecessors[t] = new int[legal];
      int k = 0;
      for (int p = 0; p < COUNT; p++) {
        if (Tags.allowed(p, t)) {
          predecessors[t][k++] = p;
        }
      }
    }
  }

  /**
   * The best legal tag sequence of {@code n} tokens: {@code emit[i * COUNT + t]}, transition scores
   * {@code transition[i][previous * COUNT + t]} (previous = COUNT before the first token); {@code best}
   * and {@code back} are work space of at least {@code n * COUNT}.
   */
  int[] decode(int n, float[] emit, float[][] transition, float[] best, int[] back) {
    int[] tags = new int[n];
    if (n == 0) {
      return tags;
    }
    float[] startScores = transition[0];
    for (int t = 0; t < COUNT; t++) {
      best[t] = startAllowed[t] ? emit[t] + startScores[START * COUNT + t] : Float.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      float[] tr = transition[i];
      int prev = (i - 1) * COUNT;
      int at = i * COUNT;
      for (int t = 0; t < COUNT; t++) {
        float top = Float.NEGATIVE_INFINITY;
        int arg = 0;
        // a predecessor at minus infinity sums to minus infinity, never above the best: no test needed
        for (int p : predecessors[t]) {
          float score = best[prev + p] + tr[p * COUNT + t];
          if (score > top) {
            top = score;
            arg = p;
          }
        }
        best[at + t] = top == Float.NEGATIVE_INFINITY ? top : top + emit[at + t];
        back[at + t] = arg;
      }
    }
    int last = 0;
    float top = Float.NEGATIVE_INFINITY;
    int end = (n - 1) * COUNT;
    for (int t = 0; t < COUNT; t++) {
      if (endAllowed[t] && best[end + t] > top) {
        top = best[end + t];
        last = t;
      }
    }
    tags[n - 1] = last;
    for (int i = n - 1; i > 0; i--) {
      tags[i - 1] = back[i * COUNT + tags[i]];
    }
    return tags;
  }
}
