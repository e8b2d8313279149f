package io.newsflow.train.sentiment;

import io.newsflow.enrich.sentiment.NewsSentimentAnalyzer;
import io.newsflow.enrich.sentiment.VaderSentenceScorer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * The training tool's article study (docs/research/2026-11-28-sentiment.md, "How the aggregation
 * was chosen"): how the out-of-fold predictions of an editorial's sentences are best turned into
 * one article score, measured against the mean human rating of its sentences, and the article
 * calibration of the one shipped. Kept apart from {@link TrainSentimentModel} because it only reads
 * that tool's predictions.
 */
final class ArticleAggregationStudy {
  private final int folds;
  private final long seed;

  ArticleAggregationStudy(int folds, long seed) {
    this.folds = folds;
    this.seed = seed;
  }

  /** One way of turning an article's sentence predictions (in order) into an article score. */
  private record Aggregation(String name, boolean recalibrated, IntToDoubleFunction of) {}

  /**
   * Article level: each editorial's gold is the mean rating of its sentences; its features come
   * from its sentences' out-of-fold predictions (raw and calibrated). Every candidate aggregation
   * is measured by article-level 5-fold cross-validation repeated 20 times (the article calibration
   * of each fold chosen on the other folds' articles); prints the table and returns the shipped
   * one's calibration (lead-weighted mean of the ridge part of raw predictions) chosen on all
   * articles.
   */
  double[] run(
      List<RatedSentences> sentences,
      double[] raw,
      double[] ridge,
      double[] calibrated,
      StringBuilder report) {
    Map<String, List<Integer>> byArticle = new LinkedHashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      RatedSentences s = sentences.get(i);
      if (s.set().equals(TrainSentimentModel.NEWS)) {
        byArticle.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(i);
      }
    }
    int n = byArticle.size();
    double[][] rawOf = new double[n][];
    double[][] calOf = new double[n][];
    double[][] ridgeOf = new double[n][];
    double[] gold = new double[n];
    int a = 0;
    for (List<Integer> idx : byArticle.values()) {
      idx.sort(Comparator.comparingInt(i -> sentenceNumber(sentences.get(i))));
      rawOf[a] = idx.stream().mapToDouble(i -> raw[i]).toArray();
      calOf[a] = idx.stream().mapToDouble(i -> calibrated[i]).toArray();
      ridgeOf[a] = idx.stream().mapToDouble(i -> ridge[i]).toArray();
      gold[a] = idx.stream().mapToDouble(i -> sentences.get(i).rating()).average().orElse(0);
      a++;
    }
    List<Aggregation> candidates =
        List.of(
            new Aggregation(
                "mean of calibrated sentence scores (before)",
                false,
                t -> ArticleCalibration.leadWeightedMean(calOf[t], 1)),
            new Aggregation(
                "same, lead x2", false, t -> ArticleCalibration.leadWeightedMean(calOf[t], 2)),
            new Aggregation(
                "mean of calibrated scores, recalibrated",
                true,
                t -> ArticleCalibration.leadWeightedMean(calOf[t], 1)),
            new Aggregation(
                "mean raw, ridge part (shipped)",
                true,
                t ->
                    ArticleCalibration.leadWeightedMean(
                        ridgeOf[t], NewsSentimentAnalyzer.HEADLINE_WEIGHT)),
            new Aggregation(
                "mean raw with the band shift",
                true,
                t ->
                    ArticleCalibration.leadWeightedMean(
                        rawOf[t], NewsSentimentAnalyzer.HEADLINE_WEIGHT)),
            new Aggregation(
                "mean raw, lead x2", true, t -> ArticleCalibration.leadWeightedMean(rawOf[t], 2)),
            new Aggregation(
                "mean raw, lead x3", true, t -> ArticleCalibration.leadWeightedMean(rawOf[t], 3)),
            new Aggregation("mean raw, negatives x2", true, t -> negativeWeighted(rawOf[t], 2)),
            new Aggregation("mean raw, negatives x3", true, t -> negativeWeighted(rawOf[t], 3)),
            new Aggregation("median raw", true, t -> median(rawOf[t])),
            new Aggregation(
                "share positive - share negative sentences",
                true,
                t -> {
                  double d = 0;
                  for (double v : calOf[t]) {
                    d += (v > 0.05 ? 1 : v < -0.05 ? -1 : 0) / (double) calOf[t].length;
                  }
                  return d;
                }));
    java.util.Random random = new Random(seed);
    int repeats = 20;
    int[][] splits = new int[repeats][n];
    for (int[] split : splits) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        order.add(i % folds);
      }
      Collections.shuffle(order, random);
      for (int i = 0; i < n; i++) {
        split[i] = order.get(i);
      }
    }
    report.append(
        String.format(
            Locale.ROOT,
            "articles (%d editorials, gold = mean sentence rating; %d-fold CV x%d):%n",
            n,
            folds,
            repeats));
    for (Aggregation g : candidates) {
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = g.of().applyAsDouble(i);
      }
      double sumR = 0;
      double sumF = 0;
      double sumF2 = 0;
      for (int[] split : splits) {
        double[] pred = new double[n];
        for (int k = 0; k < folds; k++) {
          int fold = k;
          double[] cal = {1, 0};
          if (g.recalibrated()) {
            int[] train = IntStream.range(0, n).filter(i -> split[i] != fold).toArray();
            cal =
                ArticleCalibration.maximiseF1(
                    Arrays.stream(train).mapToDouble(i -> x[i]).toArray(),
                    Arrays.stream(train).mapToDouble(i -> gold[i]).toArray());
          }
          for (int i = 0; i < n; i++) {
            if (split[i] == k) {
              pred[i] = VaderSentenceScorer.clamp(cal[0] * (x[i] - cal[1]));
            }
          }
        }
        Agreement agreement = Agreement.of(gold, pred);
        sumR += agreement.pearson();
        sumF += agreement.macroF1();
        sumF2 += agreement.macroF1() * agreement.macroF1();
      }
      double f = sumF / repeats;
      report.append(
          String.format(
              Locale.ROOT,
              "  %-46s r %.3f F1 %.3f (sd %.3f)%n",
              g.name(),
              sumR / repeats,
              f,
              Math.sqrt(Math.max(0, sumF2 / repeats - f * f))));
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = ArticleCalibration.leadWeightedMean(ridgeOf[i], NewsSentimentAnalyzer.HEADLINE_WEIGHT);
    }
    double[] cal = ArticleCalibration.maximiseF1(x, gold);
    System.out.print(report.substring(report.indexOf("articles (")));
    System.out.printf(Locale.ROOT, "article calibration: scale %.4f offset %.5f%n", cal[0], cal[1]);
    return cal;
  }

  private static int sentenceNumber(RatedSentences s) {
    String id = s.id();
    return Integer.parseInt(id.substring(id.indexOf('_') + 1));
  }

  private static double negativeWeighted(double[] raw, double weight) {
    double sum = 0;
    for (double v : raw) {
      sum += (v < 0 ? weight * v : v) / raw.length;
    }
    return sum;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int m = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  }
}
