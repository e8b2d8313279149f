package io.newsflow.enrich.entity.tagger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference decoder, which training uses: the plain computation of the tags, kept simple so
 * that it can be checked by reading. Tagging in production goes through {@link FastDecoder}, which
 * must give exactly the same tags ({@code ExactTaggingTest}); a change to the features or the
 * decoding is made here first, and the fast path follows.
 *
 * <p>Tags a document one sentence after another with exact Viterbi search over legal BILOU
 * sequences (first-order: each tag's score depends on the previous tag). Sentences with case
 * information go first and all-caps ones (headlines) last, so that "labels this word got earlier in
 * the document" can tell a headline what the body said; training uses the same order. When a {@link
 * Learner} and gold tags are given, each sentence's best sequence is compared with the gold one and
 * the differences are shown to the learner (the structured perceptron update); predicted tags still
 * feed the document memory, as they will when tagging.
 */
public final class ReferenceDecoder {
  /** Receives the structured perceptron's updates. */
  public interface Learner {
    void update(long[] features, int count, int tag, float delta);

    /** Called after every sentence (the averaging clock). */
    void tick();
  }

  private static final int START = Tags.COUNT; // the "previous tag" before the first word
  private final Features features;

  public ReferenceDecoder(Features features) {
    this.features = features;
  }

  public Features features() {
    return features;
  }

  /** Tags a document in one pass: a word's document memory holds only what came before it. */
  public int[][] decode(List<String[]> sentences, Scorer scorer) {
    return decode(sentences, features.context(sentences), null, scorer, null, null);
  }

  /**
   * Tags a document twice: the second pass starts with the memory the first pass left (each word's
   * last label in the whole document), so the first mention of a name can use what later mentions
   * made of it ("two-stage prediction aggregation", Ratinov and Roth 2009). About 0.25 F1 better on
   * CoNLL-2003 valid, at twice the cost.
   */
  public int[][] decodeTwice(List<String[]> sentences, Scorer scorer) {
    DocumentContext context = features.context(sentences);
    // the passes differ only in the memory: features and transition scores are computed once
    long[][][] statics = new long[sentences.size()][][];
    for (int s = 0; s < statics.length; s++) {
      statics[s] = features.staticFeatures(sentences.get(s), context);
    }
    Map<String, float[][]> transitionsOfWord = new HashMap<>();
    int[][] first =
        decode(sentences, context, statics, scorer, null, null, new HashMap<>(), transitionsOfWord);
    Map<String, Integer> memory = new HashMap<>();
    for (int s : order(sentences)) {
      for (int i = 0; i < first[s].length; i++) {
        features.remember(memory, sentences.get(s)[i], first[s][i]);
      }
    }
    return decode(sentences, context, statics, scorer, null, null, memory, transitionsOfWord);
  }

  public int[][] decode(
      List<String[]> sentences,
      DocumentContext context,
      long[][][] staticFeatures,
      Scorer scorer,
      int[][] gold,
      Learner learner) {
    return decode(
        sentences,
        context,
        staticFeatures,
        scorer,
        gold,
        learner,
        new HashMap<>(),
        learner == null ? new HashMap<>() : null);
  }

  private int[][] decode(
      List<String[]> sentences,
      DocumentContext context,
      long[][][] staticFeatures,
      Scorer scorer,
      int[][] gold,
      Learner learner,
      Map<String, Integer> memory,
      Map<String, float[][]> transitionsOfWord) {
    int[][] out = new int[sentences.size()][];
    // the previous-tag scores do not depend on the word: once per document
    float[][] previousTagScores = new float[Tags.COUNT + 1][Tags.COUNT];
    long[] single = new long[1];
    for (int p = 0; p <= Tags.COUNT; p++) {
      int c = features.previousTagFeature(single, p == START ? -1 : p);
      scorer.score(single, c, previousTagScores[p]);
    }
    // when only tagging, the weights are fixed: a word's transition scores are computed once per
    // document, and shared with the word-independent ones when the word has no transition weights
    long[] buffer = new long[512];
    for (int s : order(sentences)) {
      String[] words = sentences.get(s);
      long[][] statics =
          staticFeatures != null ? staticFeatures[s] : features.staticFeatures(words, context);
      int n = words.length;
      long[][] tokenFeatures = learner == null ? null : new long[n][];
      float[][] emit = new float[n][Tags.COUNT];
      float[][][] transition = new float[n][][];
      long[] wordKeys = new long[n];
      for (int i = 0; i < n; i++) {
        System.arraycopy(statics[i], 0, buffer, 0, statics[i].length);
        int count = features.memoryFeatures(buffer, statics[i].length, words[i], memory);
        scorer.score(buffer, count, emit[i]);
        if (learner != null) {
          tokenFeatures[i] = Arrays.copyOf(buffer, count);
          wordKeys[i] = features.transitionWordKey(words[i]);
          transition[i] = transitions(wordKeys[i], previousTagScores, scorer, single);
        } else {
          transition[i] = transitionsOfWord.get(words[i]);
          if (transition[i] == null) {
            transition[i] =
                transitions(
                    features.transitionWordKey(words[i]), previousTagScores, scorer, single);
            transitionsOfWord.put(words[i], transition[i]);
          }
        }
      }
      int[] tags = viterbi(emit, transition);
      if (learner != null) {
        learn(learner, wordKeys, tokenFeatures, gold[s], tags);
      }
      for (int i = 0; i < n; i++) {
        features.remember(memory, words[i], tags[i]);
      }
      out[s] = tags;
    }
    return out;
  }

  /**
   * Scores of each (previous tag, tag) pair before a word; {@code previousTagScores} itself when
   * the word adds nothing.
   */
  private float[][] transitions(
      long wordKey, float[][] previousTagScores, Scorer scorer, long[] single) {
    float[][] out = null;
    for (int p = 0; p <= Tags.COUNT; p++) {
      int c = features.previousTagWordFeature(single, p == START ? -1 : p, wordKey);
      if (c == 0 || !scorer.contains(single[0])) {
        continue;
      }
      if (out == null) {
        out = new float[Tags.COUNT + 1][];
        for (int q = 0; q <= Tags.COUNT; q++) {
          out[q] = previousTagScores[q].clone();
        }
      }
      scorer.score(single, c, out[p]);
    }
    return out == null ? previousTagScores : out;
  }

  private void learn(
      Learner learner, long[] wordKeys, long[][] tokenFeatures, int[] gold, int[] predicted) {
    if (!Arrays.equals(gold, predicted)) {
      long[] pair = new long[2];
      for (int i = 0; i < gold.length; i++) {
        int g = gold[i];
        int p = predicted[i];
        int gPrev = i == 0 ? -1 : gold[i - 1];
        int pPrev = i == 0 ? -1 : predicted[i - 1];
        if (g != p) {
          learner.update(tokenFeatures[i], tokenFeatures[i].length, g, 1);
          learner.update(tokenFeatures[i], tokenFeatures[i].length, p, -1);
        }
        if (g != p || gPrev != pPrev) {
          int c = features.transitionFeatures(pair, gPrev, wordKeys[i]);
          learner.update(pair, c, g, 1);
          c = features.transitionFeatures(pair, pPrev, wordKeys[i]);
          learner.update(pair, c, p, -1);
        }
      }
    }
    learner.tick();
  }

  /** The best legal tag sequence. */
  static int[] viterbi(float[][] emit, float[][][] transition) {
    int n = emit.length;
    int[] tags = new int[n];
    if (n == 0) {
      return tags;
    }
    float[][] best = new float[n][Tags.COUNT];
    int[][] back = new int[n][Tags.COUNT];
    for (int t = 0; t < Tags.COUNT; t++) {
      best[0][t] =
          Tags.allowed(-1, t) ? emit[0][t] + transition[0][START][t] : Float.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      for (int t = 0; t < Tags.COUNT; t++) {
        float top = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < Tags.COUNT; p++) {
          if (best[i - 1][p] == Float.NEGATIVE_INFINITY || !Tags.allowed(p, t)) {
            continue;
          }
          float score = best[i - 1][p] + transition[i][p][t];
          if (score > top) {
            top = score;
            arg = p;
          }
        }
        best[i][t] = top == Float.NEGATIVE_INFINITY ? top : top + emit[i][t];
        back[i][t] = arg;
      }
    }
    int last = 0;
    float top = Float.NEGATIVE_INFINITY;
    for (int t = 0; t < Tags.COUNT; t++) {
      if (Tags.canEnd(t) && best[n - 1][t] > top) {
        top = best[n - 1][t];
        last = t;
      }
    }
    tags[n - 1] = last;
    for (int i = n - 1; i > 0; i--) {
      tags[i - 1] = back[i][tags[i]];
    }
    return tags;
  }

  /** Sentence indices: those with case information first, all-caps ones after, each in order. */
  static List<Integer> order(List<String[]> sentences) {
    List<Integer> first = new ArrayList<>();
    List<Integer> last = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      (WordShapes.mostlyUpperCase(sentences.get(s)) ? last : first).add(s);
    }
    first.addAll(last);
    return first;
  }
}
