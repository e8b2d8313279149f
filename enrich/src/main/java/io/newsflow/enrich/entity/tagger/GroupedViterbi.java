package io.newsflow.enrich.entity.tagger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference Viterbi ({@link ReferenceDecoder#viterbi}) over legal BILOU transitions only, with
 * the same sums, maxima and ties. Tags that share their legal predecessors (O, B-x and U-x follow
 * O, L-x and U-x; I-x and L-x follow B-x and I-x) are scored together, predecessor by predecessor
 * in ascending order with a strict comparison, as the reference finds the first best. Immutable.
 */
final class GroupedViterbi {
  private static final int COUNT = Tags.COUNT;
  private static final int START = Tags.COUNT;

  private final boolean[] startAllowed = new boolean[COUNT];
  private final boolean[] endAllowed = new boolean[COUNT];

  /** groupTargets[g]: tags whose legal predecessors are groupPredecessors[g] (ascending). */
  private final int[][] groupTargets;

  private final int[][] groupPredecessors;

  GroupedViterbi() {
    Map<List<Integer>, List<Integer>> targetsByPredecessors = new LinkedHashMap<>();
    for (int t = 0; t < COUNT; t++) {
      startAllowed[t] = Tags.allowed(-1, t);
      endAllowed[t] = Tags.canEnd(t);
      List<Integer> predecessors = new ArrayList<>();
      for (int p = 0; p < COUNT; p++) {
        if (Tags.allowed(p, t)) {
          predecessors.add(p);
        }
      }
      targetsByPredecessors.computeIfAbsent(predecessors, k -> new ArrayList<>()).add(t);
    }
    groupTargets =
        targetsByPredecessors.values().stream().map(GroupedViterbi::ints).toArray(int[][]::new);
    groupPredecessors =
        targetsByPredecessors.keySet().stream().map(GroupedViterbi::ints).toArray(int[][]::new);
  }

  private static int[] ints(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The best legal tag sequence of {@code n} tokens: {@code emit[i * COUNT + t]}, transition scores
   * {@code transition[i][previous * COUNT + t]} (previous = COUNT before the first token); {@code
   * best} and {@code back} are work space of at least {@code n * COUNT}, the lattice (best scores
   * and back pointers) of the tokens before {@code from} already in them: a decoding of the same
   * scores up to there (only the scores from {@code from} on are read).
   */
  int[] decode(int n, int from, float[] emit, float[][] transition, float[] best, int[] back) {
    int[] tags = new int[n];
    if (n == 0) {
      return tags;
    }
    if (from == 0) {
      float[] startScores = transition[0];
      for (int t = 0; t < COUNT; t++) {
        best[t] =
            startAllowed[t] ? emit[t] + startScores[START * COUNT + t] : Float.NEGATIVE_INFINITY;
      }
    }
    for (int i = Math.max(1, from); i < n; i++) {
      float[] tr = transition[i];
      int prev = (i - 1) * COUNT;
      int at = i * COUNT;
      for (int g = 0; g < groupTargets.length; g++) {
        int[] targets = groupTargets[g];
        for (int t : targets) {
          best[at + t] = Float.NEGATIVE_INFINITY;
          back[at + t] = 0;
        }
        // a predecessor at minus infinity sums to minus infinity, never above the best: no test
        // needed
        for (int p : groupPredecessors[g]) {
          float b = best[prev + p];
          int row = p * COUNT;
          for (int t : targets) {
            float score = b + tr[row + t];
            if (score > best[at + t]) {
              best[at + t] = score;
              back[at + t] = p;
            }
          }
        }
      }
      for (int t = 0; t < COUNT; t++) {
        float top = best[at + t];
        best[at + t] = top == Float.NEGATIVE_INFINITY ? top : top + emit[at + t];
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
