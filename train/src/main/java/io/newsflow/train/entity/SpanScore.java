package io.newsflow.train.entity;

import io.newsflow.enrich.entity.tagger.Tags;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Exact-match span precision, recall and F1, counted like conlleval (per type and overall). */
public final class SpanScore {
  private final int[] gold = new int[Tags.TYPES.length];
  private final int[] predicted = new int[Tags.TYPES.length];
  private final int[] correct = new int[Tags.TYPES.length];

  public void add(String[] goldTags, String[] predictedTags) {
    Set<List<Integer>> g = new HashSet<>();
    for (int[] span : Tags.spans(goldTags)) {
      g.add(List.of(span[0], span[1], span[2]));
      gold[span[2]]++;
    }
    for (int[] span : Tags.spans(predictedTags)) {
      predicted[span[2]]++;
      if (g.contains(List.of(span[0], span[1], span[2]))) {
        correct[span[2]]++;
      }
    }
  }

  public double f1() {
    return f1(sum(correct), sum(predicted), sum(gold));
  }

  public double f1(int type) {
    return f1(correct[type], predicted[type], gold[type]);
  }

  private static int sum(int[] values) {
    int s = 0;
    for (int v : values) {
      s += v;
    }
    return s;
  }

  private static double f1(int correct, int predicted, int gold) {
    double p = predicted == 0 ? 0 : (double) correct / predicted;
    double r = gold == 0 ? 0 : (double) correct / gold;
    return p + r == 0 ? 0 : 200 * p * r / (p + r);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(String.format("F1 %.2f", f1()));
    for (int t = 0; t < Tags.TYPES.length; t++) {
      sb.append(String.format(" %s %.2f", Tags.TYPES[t], f1(t)));
    }
    return sb.toString();
  }
}
