package io.newsflow.train.sentiment;

import io.newsflow.common.article.Entity;
import io.newsflow.common.article.EntityType;
import io.newsflow.common.article.Mention;
import io.newsflow.enrich.sentiment.FeatureIds;
import io.newsflow.enrich.sentiment.NewsSentenceScorer;
import io.newsflow.enrich.sentiment.NewsSentimentAnalyzer;
import io.newsflow.enrich.sentiment.NewsSentimentModel;
import io.newsflow.enrich.sentiment.TargetFeatures;
import io.newsflow.enrich.sentiment.TargetSentimentModel;
import io.newsflow.train.DataRoot;
import io.newsflow.train.Shipped;
import io.newsflow.train.sentiment.TargetExamples.Example;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Trains the target-dependent sentiment model ({@link TargetFeatures}, multinomial logistic) on
 * NewsMTSC's train split and measures it twice: by cross-validation on train (whole articles held
 * out) and on devtest_mt, the split hyper-parameters are chosen on. The two cuts that map
 * p(positive) - p(negative) onto the labels are chosen on train's out-of-fold predictions, never on
 * devtest_mt. Deterministic: the same data gives the same bytes.
 */
@Command(
    name = "targets",
    mixinStandardHelpOptions = true,
    description =
        "Trains the target-dependent sentiment model on NewsMTSC train and writes "
            + "target-sentiment-model.tsv (with its cross-validated and devtest_mt scores).")
public final class TrainTargetModel implements Callable<Integer> {
  static final String DATA = "data/sentiment/newsmtsc/newsmtsc-train-mt.tsv";

  @Mixin private DataRoot shared;

  @Option(names = "--out", paramLabel = "FILE", description = "default: ${DEFAULT-VALUE}")
  private Path out = Shipped.TARGET_MODEL;

  @Option(names = "--cv-only", description = "measure only; write no model")
  private boolean cvOnly;

  @Option(names = "--folds")
  private int folds = 5;

  @Option(names = "--seed")
  private long seed = 20210419L;

  @Option(names = "--lambda", description = "L2 penalty of sparse weights (${DEFAULT-VALUE})")
  private double lambda = 0.1;

  @Option(names = "--dense-penalty")
  private double densePenalty = 0.1;

  @Option(names = "--prune", description = "drop sparse weights below this (${DEFAULT-VALUE})")
  private double prune = 0.05;

  @Option(
      names = "--compare-clauses",
      description = "also score devtest_mt by the clause scores entities had before, and mixes")
  private boolean compareClauses;

  @Option(
      names = "--class-weight",
      description = "weigh each label by (its share)^-w: 0 none, 1 balanced (${DEFAULT-VALUE})")
  private double classWeight = 0;

  @Option(names = "--iterations")
  private int iterations = 300;

  @Option(
      names = "--differences",
      paramLabel = "FILE",
      description =
          "write each row's p(positive) - p(negative), train's out of fold, in the data's order"
              + " (for studies that stack on this model)")
  private Path differences;

  /** A fitted model: dense and sparse logits of positive and negative against neutral. */
  private record Fit(double[][] dense, Map<Long, double[]> sparse) {
    double difference(Example e) {
      double positive = 0;
      double negative = 0;
      for (int i = 0; i < e.ids().length; i++) {
        double[] w = sparse.get(e.ids()[i]);
        if (w != null) {
          positive += w[0] * e.values()[i];
          negative += w[1] * e.values()[i];
        }
      }
      for (int j = 0; j < e.dense().length; j++) {
        positive += dense[0][j] * e.dense()[j];
        negative += dense[1][j] * e.dense()[j];
      }
      return NewsSentimentModel.bandShift(positive, negative);
    }
  }

  @Override
  public Integer call() throws IOException {
    Path data = shared.require(DATA);
    TargetExamples examples = TargetExamples.read(data, TargetFeatures.load(), new HashMap<>());
    List<Example> train = examples.train();
    double[] outOfFold = new double[train.size()];
    for (int fold = 0; fold < folds; fold++) {
      List<Example> in = new ArrayList<>();
      for (Example e : train) {
        if (fold(e) != fold) {
          in.add(e);
        }
      }
      Fit fit = fit(in);
      for (int i = 0; i < train.size(); i++) {
        if (fold(train.get(i)) == fold) {
          outOfFold[i] = fit.difference(train.get(i));
        }
      }
    }
    double[] gold = gold(train);
    double[] cuts = bestCuts(gold, outOfFold);
    Fit fit = fit(train);
    double[] devtest = new double[examples.devtest().size()];
    for (int i = 0; i < devtest.length; i++) {
      devtest[i] = fit.difference(examples.devtest().get(i));
    }
    double[] devGold = gold(examples.devtest());
    if (differences != null) {
      writeDifferences(outOfFold, devtest);
    }
    String report =
        String.format(
            Locale.ROOT,
            "train, %d-fold cross-validation (articles held out): macro F1 %.3f at the cuts, %.3f at"
                + " +-0.05%ndevtest_mt: macro F1 %.3f at the cuts, %.3f at +-0.05%n"
                + "cuts of p(positive) - p(negative), chosen on train's out-of-fold: %.2f %.2f%n",
            folds,
            Agreement.macroF1(gold, outOfFold, cuts[0], cuts[1]),
            Agreement.macroF1(gold, outOfFold, 0.05, -0.05),
            Agreement.macroF1(devGold, devtest, cuts[0], cuts[1]),
            Agreement.macroF1(devGold, devtest, 0.05, -0.05),
            cuts[0],
            cuts[1]);
    System.out.print(report);
    double[] oracle = bestCuts(devGold, devtest);
    System.out.printf(
        Locale.ROOT,
        "devtest_mt at its own best cuts (%.2f %.2f; not used): %.3f%n",
        oracle[0],
        oracle[1],
        Agreement.macroF1(devGold, devtest, oracle[0], oracle[1]));
    if (compareClauses) {
      compareWithClauses(examples.devtest(), devtest, devGold, cuts);
    }
    if (!cvOnly) {
      write(fit, cuts, examples.names(), report);
      System.out.println("wrote " + out + " (" + fit.sparse().size() + " sparse weights)");
    }
    return 0;
  }

  /**
   * devtest_mt by the sentence scorer over the mention's clause (entities' score before the target
   * model), and two mixes of that with the target score.
   */
  private static void compareWithClauses(
      List<Example> examples, double[] differences, double[] gold, double[] cuts) {
    NewsSentimentAnalyzer clauses = new NewsSentimentAnalyzer(NewsSentenceScorer.load());
    double[] clause = new double[examples.size()];
    double[] fallback = new double[examples.size()];
    double[] mean = new double[examples.size()];
    for (int i = 0; i < clause.length; i++) {
      Example e = examples.get(i);
      Mention m =
          new Mention(Mention.BODY, e.start(), e.end(), e.text().substring(e.start(), e.end()));
      Entity entity = new Entity(m.text(), EntityType.PERSON, "x", List.of(m), 1, 0);
      clause[i] = clauses.analyze("", e.text(), List.of(entity)).entities().get(0).sentiment();
      double target = TargetSentimentModel.scale(differences[i], cuts[0], cuts[1]);
      fallback[i] = Math.abs(target) > 0.05 ? target : clause[i];
      mean[i] = (target + clause[i]) / 2;
    }
    System.out.printf(
        Locale.ROOT,
        "devtest_mt macro F1: clause scores %.3f, target else clause %.3f, their mean %.3f%n",
        Agreement.macroF1(gold, clause, 0.05, -0.05),
        Agreement.macroF1(gold, fallback, 0.05, -0.05),
        Agreement.macroF1(gold, mean, 0.05, -0.05));
  }

  private void writeDifferences(double[] train, double[] devtest) throws IOException {
    try (PrintWriter w =
        new PrintWriter(Files.newBufferedWriter(differences, StandardCharsets.UTF_8))) {
      for (double d : train) {
        w.printf(Locale.ROOT, "train\t%.6f%n", d);
      }
      for (double d : devtest) {
        w.printf(Locale.ROOT, "devtest_mt\t%.6f%n", d);
      }
    }
  }

  private int fold(Example e) {
    return (int) Long.remainderUnsigned(FeatureIds.mix(FeatureIds.word(e.article()) ^ seed), folds);
  }

  /** -1, 0, +1 for negative, neutral, positive: ratings as {@link Agreement} cuts them at 0.5. */
  private static double[] gold(List<Example> examples) {
    return examples.stream().mapToDouble(e -> e.label() - 1).toArray();
  }

  /** The cuts {positive, negative} maximising macro F1, on a grid of 0.01. */
  static double[] bestCuts(double[] gold, double[] differences) {
    double best = -1;
    double[] cuts = {0.05, -0.05};
    for (int p = -90; p <= 90; p++) {
      for (int n = -90; n < p; n++) {
        double f1 = Agreement.macroF1(gold, differences, p / 100.0, n / 100.0);
        if (f1 > best + 1e-12) {
          best = f1;
          cuts = new double[] {p / 100.0, n / 100.0};
        }
      }
    }
    return cuts;
  }

  private Fit fit(List<Example> examples) {
    int d = TargetFeatures.denseNames().size();
    Map<Long, Integer> column = new LinkedHashMap<>();
    for (Example e : examples) {
      for (long id : e.ids()) {
        column.putIfAbsent(id, d + column.size());
      }
    }
    int[] rowStart = new int[examples.size() + 1];
    int nonZero = 0;
    for (Example e : examples) {
      nonZero += d + e.ids().length;
    }
    int[] cols = new int[nonZero];
    float[] values = new float[nonZero];
    int[] labels = new int[examples.size()];
    int p = 0;
    for (int r = 0; r < examples.size(); r++) {
      Example e = examples.get(r);
      for (int j = 0; j < d; j++) {
        cols[p] = j;
        values[p++] = (float) e.dense()[j];
      }
      for (int i = 0; i < e.ids().length; i++) {
        cols[p] = column.get(e.ids()[i]);
        values[p++] = (float) e.values()[i];
      }
      rowStart[r + 1] = p;
      labels[r] = e.label();
    }
    RidgeRegression.Matrix x =
        new RidgeRegression.Matrix(rowStart, cols, values, d + column.size());
    double[] penalty = new double[x.columns()];
    Arrays.fill(penalty, 1, d, densePenalty); // the bias (column 0) is free
    Arrays.fill(penalty, d, penalty.length, lambda);
    int[] counts = new int[3];
    for (int label : labels) {
      counts[label]++;
    }
    double[] weights = new double[examples.size()];
    for (int r = 0; r < weights.length; r++) {
      weights[r] = Math.pow(examples.size() / (3.0 * counts[labels[r]]), classWeight);
    }
    double[] beta = MultinomialLogistic.fit(x, labels, 3, weights, penalty, iterations);
    double[][] dense = new double[2][d];
    for (int j = 0; j < d; j++) {
      dense[0][j] = logit(beta, j, TargetExamples.POSITIVE);
      dense[1][j] = logit(beta, j, TargetExamples.NEGATIVE);
    }
    Map<Long, double[]> sparse = new HashMap<>();
    for (Map.Entry<Long, Integer> en : column.entrySet()) {
      double positive = logit(beta, en.getValue(), TargetExamples.POSITIVE);
      double negative = logit(beta, en.getValue(), TargetExamples.NEGATIVE);
      if (Math.max(Math.abs(positive), Math.abs(negative)) >= prune) {
        sparse.put(en.getKey(), new double[] {positive, negative});
      }
    }
    return new Fit(dense, sparse);
  }

  /** Class {@code k}'s logit against neutral for column {@code j}. */
  private static double logit(double[] beta, int j, int k) {
    return beta[j * 3 + k] - beta[j * 3 + TargetExamples.NEUTRAL];
  }

  private void write(Fit fit, double[] cuts, Map<Long, String> names, String report)
      throws IOException {
    TreeMap<String, double[]> sorted = new TreeMap<>();
    for (Map.Entry<Long, double[]> en : fit.sparse().entrySet()) {
      sorted.put(names.get(en.getKey()), en.getValue());
    }
    List<String> dense = TargetFeatures.denseNames();
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (PrintWriter w =
        new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), false)) {
      w.println("# newsflow target-dependent sentiment model (TargetScorer), made by");
      w.printf(
          Locale.ROOT,
          "# train/retrain targets: folds %d seed %d lambda %s dense-penalty %s prune %s"
              + "%s iterations %d%n",
          folds,
          seed,
          lambda,
          densePenalty,
          prune,
          classWeight == 0 ? "" : " class-weight " + classWeight,
          iterations);
      for (String line : report.split("\n")) {
        w.println("#   " + line);
      }
      w.println("# Trained on NewsMTSC (Hamborg and Donnay, EACL 2021; MIT licence), train split;");
      w.println("# valences from vader_lexicon.txt (MIT). Lines: cut-positive, cut-negative,");
      w.println(
          "# dense NAME POSITIVE NEGATIVE and KIND TEXT POSITIVE NEGATIVE (logits vs neutral).");
      w.printf(Locale.ROOT, "cut-positive\t%.2f%n", cuts[0]);
      w.printf(Locale.ROOT, "cut-negative\t%.2f%n", cuts[1]);
      for (int j = 0; j < dense.size(); j++) {
        w.printf(
            Locale.ROOT,
            "dense\t%s\t%.6g\t%.6g%n",
            dense.get(j),
            fit.dense()[0][j],
            fit.dense()[1][j]);
      }
      for (Map.Entry<String, double[]> en : sorted.entrySet()) {
        w.printf(Locale.ROOT, "%s\t%.4g\t%.4g%n", en.getKey(), en.getValue()[0], en.getValue()[1]);
      }
    }
  }
}
