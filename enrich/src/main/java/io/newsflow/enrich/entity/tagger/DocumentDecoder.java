package io.newsflow.enrich.entity.tagger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags a document greedily, left to right, one sentence after another, keeping the BILOU tags
 * legal. Sentences with case information go first and all-caps ones (headlines) last, so that
 * "labels this word got earlier in the document" can tell a headline what the body said; training
 * uses the same order. When a {@link Learner} and gold tags are given, every token's prediction is
 * shown to it (the perceptron update), and the predicted tags still drive the history, as they will
 * when tagging.
 */
public final class DocumentDecoder {
  /** Sees each token's features, gold and predicted tag. */
  public interface Learner {
    void learn(long[] features, int count, int gold, int predicted);
  }

  private final Features features;

  public DocumentDecoder(Features features) {
    this.features = features;
  }

  public Features features() {
    return features;
  }

  public int[][] decode(List<String[]> sentences, Scorer scorer) {
    return decode(sentences, features.context(sentences), null, scorer, null, null);
  }

  public int[][] decode(
      List<String[]> sentences,
      Features.DocumentContext context,
      long[][][] staticFeatures,
      Scorer scorer,
      int[][] gold,
      Learner learner) {
    int[][] out = new int[sentences.size()][];
    Map<String, Integer> memory = new HashMap<>();
    float[] scores = new float[Tags.COUNT];
    long[] buffer = new long[256];
    for (int s : order(sentences)) {
      String[] words = sentences.get(s);
      long[][] statics =
          staticFeatures != null ? staticFeatures[s] : features.staticFeatures(words, context);
      int[] tags = new int[words.length];
      for (int i = 0; i < words.length; i++) {
        long[] st = statics[i];
        System.arraycopy(st, 0, buffer, 0, st.length);
        int previous = i > 0 ? tags[i - 1] : -1;
        int previous2 = i > 1 ? tags[i - 2] : -1;
        int n = features.dynamicFeatures(buffer, st.length, words[i], previous, previous2, memory);
        java.util.Arrays.fill(scores, 0f);
        scorer.score(buffer, n, scores);
        int best = best(scores, previous, i == words.length - 1);
        if (learner != null) {
          learner.learn(buffer, n, gold[s][i], best);
        }
        tags[i] = best;
        features.remember(memory, words[i], best);
      }
      out[s] = tags;
    }
    return out;
  }

  private static int best(float[] scores, int previous, boolean last) {
    int best = -1;
    for (int t = 0; t < scores.length; t++) {
      if (!Tags.allowed(previous, t) || (last && !Tags.canEnd(t))) {
        continue;
      }
      if (best < 0 || scores[t] > scores[best]) {
        best = t;
      }
    }
    return best;
  }

  /** Sentence indices: those with case information first, all-caps ones after, each in order. */
  static List<Integer> order(List<String[]> sentences) {
    List<Integer> first = new ArrayList<>();
    List<Integer> last = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      (Features.mostlyUpperCase(sentences.get(s)) ? last : first).add(s);
    }
    first.addAll(last);
    return first;
  }
}
