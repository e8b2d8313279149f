package io.newsflow.train.sentiment;

import io.newsflow.enrich.sentiment.FeatureIds;
import io.newsflow.enrich.sentiment.NewsSentimentModel;
import io.newsflow.enrich.sentiment.ScoreLines;
import io.newsflow.enrich.sentiment.SentimentFeatures;
import io.newsflow.enrich.sentiment.VaderScores;
import io.newsflow.enrich.sentiment.VaderSentenceScorer;
import io.newsflow.train.DataRoot;
import io.newsflow.train.Shipped;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Trains the news sentence model (ridge regression of the mean human rating / 4 on {@link
 * SentimentFeatures}, plus c times p(positive) - p(negative) of a multinomial logistic band
 * classifier over the same features) and measures it by cross-validation with whole articles
 * (editorials) or products (reviews) held out per fold. The band weight c and the calibration
 * (scale and offset, see {@link NewsSentimentModel}) of each fold are chosen on the other folds'
 * out-of-fold editorial predictions, so the reported F1 never saw its own labels. Deterministic for
 * a given seed.
 *
 * <p>{@code train/retrain sentiment} rebuilds the committed model byte for byte from {@code
 * ../shared/data/sentiment} and the committed lexicons. Options: {@code --folds 5 --seed 20140601
 * --lambda L --news-weight W --min-count C --prune P} (sparse weights below P in magnitude are
 * dropped, in cross-validation too), {@code --band-lambda 100 --band-news-weight 6
 * --band-dense-penalty 0.1 --band-prune 0.02 --band-iterations 400} (the band classifier; its
 * weights whose two logits are both below the prune are dropped), {@code --no-band} (the ridge
 * alone), {@code --without u|b|n|s|p|x|m|vader|wordnet} (ablation: unigrams, bigrams, negated
 * words, stems, prefixes, suffixes, marks, VADER's dense features, WordNet's), {@code --no-news}
 * (train without the editorials), {@code --predictions DIR} (out-of-fold scores, one file per set,
 * for {@code sentiment_score.py}, and {@code SET.raw}: id, fold, uncalibrated prediction), {@code
 * --pseudo FILE --pseudo-weight W} (unlabelled sentences rated by a teacher, one per line: the
 * teacher's rating / 4 for each fold, from a teacher that never saw that fold, then for the final
 * fit, then the text; they train every fit, are never scored, and are not written into the model
 * beyond the weights they move; tried, not shipped: docs/research/2026-11-28-sentiment.md), {@code
 * --newsmtsc-weight W --newsmtsc-rating R} (NewsMTSC train sentences whose mentions share one
 * label, rated R, 0 or -R, weight W; they train every fit and are never scored; tried, not shipped:
 * docs/research/2026-12-02-target-sentiment.md). It also measures candidate article aggregations
 * and writes the article calibration ({@link ArticleCalibration}).
 */
@Command(
    name = "sentiment",
    mixinStandardHelpOptions = true,
    description =
        "Trains the news sentence sentiment model on the rated sentences and writes "
            + "news-sentiment-model.tsv (with its cross-validated scores).")
public final class TrainSentimentModel implements Callable<Integer> {
  static final String NEWS = "nyt-editorial-dev";
  static final String PSEUDO = "teacher-rated";
  static final String[] SETS = {NEWS, "tweets", "movieReviewSnippets", "amazonReviewSnippets"};

  /** Options that say where files go, not what the model is: left out of the model's header. */
  private static final Set<String> PATH_OPTIONS = Set.of("--out", "--shared", "--predictions");

  @Spec private CommandSpec spec;
  @Mixin private DataRoot shared;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "where to write the model (default: ${DEFAULT-VALUE})")
  private Path out = Shipped.SENTIMENT_MODEL;

  @Option(names = "--cv-only", description = "measure by cross-validation only; write no model")
  private boolean cvOnly;

  @Option(
      names = "--predictions",
      paramLabel = "DIR",
      description = "write out-of-fold predictions here")
  private Path predictions;

  @Option(names = "--folds")
  private int folds = 5;

  @Option(names = "--seed")
  private long seed = 20140601L;

  @Option(names = "--lambda")
  private double lambda = 160.0;

  @Option(names = "--dense-penalty")
  private double densePenalty = 1.0;

  @Option(names = "--news-weight")
  private double newsWeight = 10.0;

  @Option(names = "--min-count")
  private int minCount = 2;

  @Option(names = "--prune")
  private double prune = 0.003;

  @Option(names = "--no-news")
  private boolean noNews;

  @Option(names = "--adapt")
  private boolean adapt;

  @Option(names = "--pseudo", paramLabel = "FILE")
  private Path pseudo;

  @Option(names = "--pseudo-weight")
  private double pseudoWeight = 1.0;

  @Option(
      names = "--newsmtsc-weight",
      description =
          "weight of NewsMTSC train sentences whose mentions share one label (0: left out;"
              + " ${DEFAULT-VALUE}); they train every fold and are never scored")
  private double newsmtscWeight = 0;

  @Option(
      names = "--newsmtsc-rating",
      description = "their rating on -4..4 when positive, minus it when negative")
  private double newsmtscRating = 1.0;

  @Option(names = "--no-band")
  private boolean noBand;

  @Option(names = "--band-lambda")
  private double bandLambda = 100.0;

  @Option(names = "--band-dense-penalty")
  private double bandDensePenalty = 0.1;

  @Option(names = "--band-news-weight")
  private double bandNewsWeight = 6.0;

  @Option(names = "--band-prune")
  private double bandPrune = 0.02;

  @Option(names = "--band-iterations")
  private int bandIterations = 400;

  @Option(
      names = "--without",
      paramLabel = "KIND",
      description = "leave out a kind of feature (repeatable): u b n s p x m vader wordnet")
  private Set<String> without = new HashSet<>();

  private final Map<Long, String> names = new HashMap<>();
  private static final List<String> DENSE = SentimentFeatures.denseNames();

  /** One rated sentence as features. */
  private record Example(
      RatedSentences sentence,
      double[] dense,
      long[] sparse,
      double sparseValue,
      int fold,
      double[] teacherTargets) {

    /** What the fit for {@code fold} (-1: the final fit) learns: the rating, or the teacher's. */
    double target(int forFold) {
      return teacherTargets == null
          ? sentence.target()
          : teacherTargets[forFold < 0 ? teacherTargets.length - 1 : forFold];
    }
  }

  /**
   * A fitted model: the ridge's dense weights and sparse weights by feature id, and the band
   * classifier's logits of positive and of negative against neutral ({@code bandDense[2j]} and
   * {@code [2j + 1]}; {@code bandSparse} values {positive, negative}).
   */
  private record Fit(
      double[] dense,
      Map<Long, Double> sparse,
      double[] bandDense,
      Map<Long, double[]> bandSparse) {
    double predict(Example e) {
      double s = 0;
      for (int i = 0; i < dense.length; i++) {
        s += dense[i] * e.dense()[i];
      }
      double t = 0;
      for (long id : e.sparse()) {
        Double w = sparse.get(id);
        if (w != null) {
          t += w;
        }
      }
      return s + t * e.sparseValue();
    }

    /**
     * The band classifier's p(positive) - p(negative), as {@link NewsSentimentModel} computes it.
     */
    double shift(Example e) {
      if (bandDense == null) {
        return 0;
      }
      double positive = 0;
      double negative = 0;
      for (long id : e.sparse()) {
        double[] w = bandSparse.get(id);
        if (w != null) {
          positive += w[0];
          negative += w[1];
        }
      }
      positive *= e.sparseValue();
      negative *= e.sparseValue();
      for (int i = 0; i < dense.length; i++) {
        positive += bandDense[2 * i] * e.dense()[i];
        negative += bandDense[2 * i + 1] * e.dense()[i];
      }
      return NewsSentimentModel.bandShift(positive, negative);
    }
  }

  @Override
  public Integer call() throws IOException {
    run(shared.require("data/sentiment"), cvOnly ? null : out, predictions, command());
    return 0;
  }

  /** How the model was made, for its header: the command and the options that shape the model. */
  private String command() {
    StringBuilder command = new StringBuilder("train/retrain sentiment");
    for (OptionSpec option : spec.commandLine().getParseResult().matchedOptions()) {
      if (PATH_OPTIONS.contains(option.longestName())) {
        continue;
      }
      List<String> values = option.originalStringValues();
      if (values.isEmpty() || option.type() == boolean.class) {
        command.append(' ').append(option.longestName());
      }
      for (String value : option.type() == boolean.class ? List.<String>of() : values) {
        command.append(' ').append(option.longestName()).append(' ').append(value);
      }
    }
    return command.toString();
  }

  private void run(Path data, Path out, Path predictions, String command) throws IOException {
    SentimentFeatures features = SentimentFeatures.load();
    List<Example> examples = new ArrayList<>();
    for (String set : SETS) {
      for (RatedSentences s : RatedSentences.read(data.resolve(set + ".tsv"), set)) {
        examples.add(example(features, s, null));
      }
    }
    if (pseudo != null) {
      examples.addAll(pseudoExamples(features));
    }
    if (newsmtscWeight > 0) {
      Path mtsc = shared.require(TrainTargetModel.DATA);
      for (RatedSentences s : NewsMtscSentences.read(mtsc, newsmtscRating)) {
        examples.add(example(features, s, null));
      }
    }
    // Out-of-fold ridge predictions and band shifts.
    double[] ridge = new double[examples.size()];
    double[] shift = new double[examples.size()];
    for (int k = 0; k < folds; k++) {
      int fold = k;
      Fit fit = fit(examples.stream().filter(e -> e.fold() != fold && trains(e)).toList(), fold);
      for (int i = 0; i < examples.size(); i++) {
        if (examples.get(i).fold() == k) {
          ridge[i] = fit.predict(examples.get(i));
          shift[i] = fit.shift(examples.get(i));
        }
      }
    }
    // Each fold's band weight and calibration are chosen on the other folds' editorial predictions.
    double[] raw = new double[examples.size()];
    double[] calibrated = new double[examples.size()];
    StringBuilder chosen = new StringBuilder();
    for (int k = 0; k < folds; k++) {
      double c = bandWeight(examples, ridge, shift, k);
      double[] blended = blend(ridge, shift, c);
      double[] cal = calibration(examples, blended, k);
      chosen.append(String.format(Locale.ROOT, " %.2f", c));
      for (int i = 0; i < examples.size(); i++) {
        if (examples.get(i).fold() == k) {
          raw[i] = blended[i];
          calibrated[i] = VaderSentenceScorer.clamp(cal[0] * (raw[i] - cal[1]));
        }
      }
    }
    StringBuilder report = new StringBuilder();
    for (String set : SETS) {
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (examples.get(i).sentence().set().equals(set)) {
          idx.add(i);
        }
      }
      double[] gold = idx.stream().mapToDouble(i -> examples.get(i).sentence().rating()).toArray();
      double[] pred = idx.stream().mapToDouble(i -> calibrated[i]).toArray();
      double[] vader = idx.stream().mapToDouble(i -> examples.get(i).dense()[1]).toArray();
      report.append(
          String.format(
              Locale.ROOT,
              "%-22s model %s   vader %s%n",
              set,
              Agreement.of(gold, pred),
              Agreement.of(gold, vader)));
      if (predictions != null) {
        Files.createDirectories(predictions);
        List<String> lines = Arrays.stream(pred).mapToObj(ScoreLines::format).toList();
        Files.write(predictions.resolve(set + ".cv"), lines, StandardCharsets.UTF_8);
        List<String> rawLines =
            idx.stream()
                .map(
                    i ->
                        examples.get(i).sentence().id()
                            + "\t"
                            + examples.get(i).fold()
                            + "\t"
                            + ridge[i]
                            + "\t"
                            + shift[i]
                            + "\t"
                            + raw[i])
                .toList();
        Files.write(predictions.resolve(set + ".raw"), rawLines, StandardCharsets.UTF_8);
      }
    }
    report.append("band weight per fold:").append(chosen).append('\n');
    System.out.print(report);
    double[] articleCal =
        new ArticleAggregationStudy(folds, seed)
            .run(examples.stream().map(Example::sentence).toList(), raw, ridge, calibrated, report);
    if (out != null) {
      Fit fit = fit(examples.stream().filter(this::trains).toList(), -1);
      double c = bandWeight(examples, ridge, shift, -1);
      double[] cal = calibration(examples, blend(ridge, shift, c), -1);
      write(out, fit, c, cal, articleCal, command, report.toString());
      System.out.printf(
          Locale.ROOT,
          "%d ridge and %d band weights; wrote %s (band weight %.2f scale %.4f offset %.4f)%n",
          fit.sparse().size(),
          fit.bandSparse().size(),
          out,
          c,
          cal[0],
          cal[1]);
    }
  }

  private boolean trains(Example e) {
    return !(noNews && e.sentence().set().equals(NEWS));
  }

  /**
   * Unlabelled sentences with a teacher's ratings, one line each: the teacher's prediction for
   * every fold (from a teacher that never saw that fold's rated sentences), then for the final fit,
   * then the text. They belong to no fold: they train every fit and are never scored.
   */
  private List<Example> pseudoExamples(SentimentFeatures features) throws IOException {
    List<Example> rows = new ArrayList<>();
    for (String line : Files.readAllLines(pseudo, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", folds + 2);
      if (f.length < folds + 2) {
        continue;
      }
      double[] targets = new double[folds + 1];
      for (int k = 0; k <= folds; k++) {
        targets[k] = Double.parseDouble(f[k]);
      }
      RatedSentences s =
          new RatedSentences(PSEUDO, "p" + rows.size(), "p" + rows.size(), 0, f[folds + 1]);
      rows.add(example(features, s, targets));
    }
    return rows;
  }

  private Example example(SentimentFeatures features, RatedSentences s, double[] teacherTargets) {
    double[] dense = new double[DENSE.size()];
    Set<Long> sparse = new HashSet<>();
    SentimentFeatures.Sink sink =
        new SentimentFeatures.Sink() {
          @Override
          public void feature(long id, String kind, String first, String second) {
            if (!without.contains(kind)) {
              sparse.add(id);
              names.computeIfAbsent(
                  id, x -> kind + "\t" + (second == null ? first : first + " " + second));
            }
          }

          @Override
          public boolean wantsNames() {
            return true;
          }
        };
    VaderScores scores = features.extract(s.text(), dense, sink);
    if (without.contains("vader")) {
      Arrays.fill(dense, 1, 10, 0.0);
    }
    if (without.contains("wordnet")) {
      Arrays.fill(dense, 10, dense.length, 0.0);
    }
    long[] ids = sparse.stream().mapToLong(Long::longValue).sorted().toArray();
    long group = FeatureIds.mix(FeatureIds.word(s.set() + ":" + s.group()) ^ seed);
    double value = SentimentFeatures.sparseValue(scores.tokens());
    boolean scored = teacherTargets == null && !s.set().equals(NewsMtscSentences.SET);
    int fold = scored ? (int) Math.floorMod(group, (long) folds) : -1; // -1: trains every fold
    return new Example(s, dense, ids, value, fold, teacherTargets);
  }

  /** An example's weight in a fit, {@code editorial} for an editorial sentence. */
  private double weight(Example e, double editorial) {
    if (e.teacherTargets() != null) {
      return pseudoWeight;
    }
    return switch (e.sentence().set()) {
      case NEWS -> editorial;
      case NewsMtscSentences.SET -> newsmtscWeight;
      default -> 1.0;
    };
  }

  /**
   * Ridge regression over the training examples. With domain adaptation (Daume's "frustratingly
   * easy" feature augmentation), each feature also has an editorial-only copy that only news
   * sentences fire; the shipped weight of a feature is general + editorial, since newsflow scores
   * news, while the general part still learns from all the rated sentences.
   */
  private Fit fit(List<Example> train, int fold) {
    Map<Long, Integer> df = new HashMap<>();
    for (Example e : train) {
      for (long id : e.sparse()) {
        df.merge(id, 1, Integer::sum);
      }
    }
    int d = DENSE.size();
    int copies = adapt ? 2 : 1;
    Map<Long, Integer> column = new HashMap<>();
    List<Long> ids =
        df.entrySet().stream()
            .filter(en -> en.getValue() >= minCount)
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    int first = copies * d;
    for (long id : ids) {
      column.put(id, first + column.size());
    }
    int vocabulary = column.size();
    int[] rowStart = new int[train.size() + 1];
    List<Integer> cols = new ArrayList<>();
    List<Float> vals = new ArrayList<>();
    double[] y = new double[train.size()];
    double[] weights = new double[train.size()];
    int[] labels = new int[train.size()];
    double[] bandWeights = new double[train.size()];
    for (int r = 0; r < train.size(); r++) {
      Example e = train.get(r);
      boolean news = e.sentence().set().equals(NEWS);
      for (int copy = 0; copy < (adapt && news ? 2 : 1); copy++) {
        for (int j = 0; j < d; j++) {
          if (e.dense()[j] != 0) {
            cols.add(copy * d + j);
            vals.add((float) e.dense()[j]);
          }
        }
        for (long id : e.sparse()) {
          Integer c = column.get(id);
          if (c != null) {
            cols.add(c + copy * vocabulary);
            vals.add((float) e.sparseValue());
          }
        }
      }
      rowStart[r + 1] = cols.size();
      y[r] = e.target(fold);
      weights[r] = weight(e, newsWeight);
      labels[r] = y[r] > 0.125 ? POSITIVE : y[r] < -0.125 ? NEGATIVE : NEUTRAL; // +-0.5 of -4..4
      bandWeights[r] = weight(e, bandNewsWeight);
    }
    float[] values = new float[vals.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = vals.get(i);
    }
    RidgeRegression.Matrix x =
        new RidgeRegression.Matrix(
            rowStart,
            cols.stream().mapToInt(Integer::intValue).toArray(),
            values,
            first + copies * vocabulary);
    double[] penalty = new double[x.columns()];
    Arrays.fill(penalty, 1, first, densePenalty);
    if (adapt) {
      penalty[d] = densePenalty; // the editorial copy of the bias is a shift like any other
    }
    Arrays.fill(penalty, first, penalty.length, lambda);
    double[] beta = RidgeRegression.fit(x, y, weights, penalty, 500);
    double[] dense = Arrays.copyOf(beta, d);
    Map<Long, Double> sparse = new HashMap<>();
    for (Map.Entry<Long, Integer> en : column.entrySet()) {
      double w = beta[en.getValue()] + (adapt ? beta[en.getValue() + vocabulary] : 0);
      if (Math.abs(w) >= prune) { // tiny weights cost look-ups (memory) and change nothing
        sparse.put(en.getKey(), w);
      }
    }
    if (adapt) {
      for (int j = 0; j < d; j++) {
        dense[j] += beta[d + j];
      }
    }
    if (noBand) {
      return new Fit(dense, sparse, null, Map.of());
    }
    Arrays.fill(penalty, 0, first, bandDensePenalty);
    penalty[0] = 0; // the classes' biases are free, as the ridge's is almost
    if (adapt) {
      penalty[d] = bandDensePenalty;
    }
    Arrays.fill(penalty, first, penalty.length, bandLambda);
    double[] theta = MultinomialLogistic.fit(x, labels, 3, bandWeights, penalty, bandIterations);
    double[] bandDense = new double[2 * d];
    for (int j = 0; j < d; j++) {
      for (int copy = 0; copy < copies; copy++) {
        bandDense[2 * j] += logit(theta, copy * d + j, POSITIVE);
        bandDense[2 * j + 1] += logit(theta, copy * d + j, NEGATIVE);
      }
    }
    Map<Long, double[]> bandSparse = new HashMap<>();
    for (Map.Entry<Long, Integer> en : column.entrySet()) {
      int c = en.getValue();
      double positive =
          logit(theta, c, POSITIVE) + (adapt ? logit(theta, c + vocabulary, POSITIVE) : 0);
      double negative =
          logit(theta, c, NEGATIVE) + (adapt ? logit(theta, c + vocabulary, NEGATIVE) : 0);
      if (Math.max(Math.abs(positive), Math.abs(negative)) >= bandPrune) {
        bandSparse.put(en.getKey(), new double[] {positive, negative});
      }
    }
    return new Fit(dense, sparse, bandDense, bandSparse);
  }

  private static final int NEGATIVE = 0;
  private static final int NEUTRAL = 1;
  private static final int POSITIVE = 2;

  /** Column j's logit of {@code label} against neutral: softmax only sees the differences. */
  private static double logit(double[] theta, int j, int label) {
    return theta[3 * j + label] - theta[3 * j + NEUTRAL];
  }

  /** The candidate weights c of the band classifier in {@code raw = ridge + c * shift}. */
  private static final double[] BAND_WEIGHTS = {0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7, 1.0};

  private static double[] blend(double[] ridge, double[] shift, double c) {
    double[] blended = new double[ridge.length];
    for (int i = 0; i < ridge.length; i++) {
      blended[i] = ridge[i] + c * shift[i];
    }
    return blended;
  }

  /**
   * The weight c of the band classifier's shift whose calibrated blend has the best editorial macro
   * F1 over the folds other than {@code heldOut} (all when -1); the smallest c on ties.
   */
  private double bandWeight(List<Example> examples, double[] ridge, double[] shift, int heldOut) {
    if (noBand) {
      return 0;
    }
    double best = -1;
    double chosen = 0;
    for (double c : BAND_WEIGHTS) {
      double f1 = calibrationF1(examples, blend(ridge, shift, c), heldOut);
      if (f1 > best + 1e-12) {
        best = f1;
        chosen = c;
      }
    }
    return chosen;
  }

  private static double calibrationF1(List<Example> examples, double[] raw, int heldOut) {
    double[] cal = calibration(examples, raw, heldOut);
    List<Integer> idx = newsExcept(examples, heldOut);
    double[] gold = idx.stream().mapToDouble(i -> examples.get(i).sentence().rating()).toArray();
    double[] pred = idx.stream().mapToDouble(i -> raw[i]).toArray();
    double h = 0.05 / cal[0];
    return Agreement.macroF1(gold, pred, cal[1] + h, cal[1] - h);
  }

  private static List<Integer> newsExcept(List<Example> examples, int heldOut) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      if (e.fold() != heldOut && e.sentence().set().equals(NEWS)) {
        idx.add(i);
      }
    }
    return idx;
  }

  /**
   * Scale and offset maximising editorial macro F1 over the folds other than {@code heldOut} (all
   * folds when it is -1): the +-0.05 cuts go where neutral ratings end.
   */
  private static double[] calibration(List<Example> examples, double[] raw, int heldOut) {
    List<Integer> idx = newsExcept(examples, heldOut);
    double[] gold = idx.stream().mapToDouble(i -> examples.get(i).sentence().rating()).toArray();
    double[] pred = idx.stream().mapToDouble(i -> raw[i]).toArray();
    double best = -1;
    double[] cal = {1, 0};
    for (int ci = -20; ci <= 20; ci++) {
      double c = ci * 0.005;
      for (int hi = 1; hi <= 50; hi++) {
        double h = hi * 0.005;
        double f1 = Agreement.macroF1(gold, pred, c + h, c - h);
        if (f1 > best + 1e-12) {
          best = f1;
          cal = new double[] {0.05 / h, c};
        }
      }
    }
    return cal;
  }

  private void write(
      Path out, Fit fit, double c, double[] cal, double[] articleCal, String command, String report)
      throws IOException {
    boolean banded = c != 0;
    Map<String, double[]> sorted = new TreeMap<>(); // ridge weight, then band logits (+, -)
    for (Map.Entry<Long, Double> en : fit.sparse().entrySet()) {
      if (Math.abs(en.getValue()) >= 1e-4) {
        sorted.put(names.get(en.getKey()), new double[] {en.getValue(), 0, 0});
      }
    }
    if (banded) {
      for (Map.Entry<Long, double[]> en : fit.bandSparse().entrySet()) {
        double[] w = sorted.computeIfAbsent(names.get(en.getKey()), k -> new double[3]);
        w[1] = en.getValue()[0];
        w[2] = en.getValue()[1];
      }
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      w.println("# newsflow news sentence sentiment model: ridge regression of mean rating / 4,");
      w.println(
          "# plus c * (p(positive) - p(negative)) of a multinomial logistic band classifier.");
      w.println("# Made by: " + command);
      w.printf(
          Locale.ROOT,
          "# folds %d seed %d lambda %s news-weight %s min-count %d prune %s adapt %s%n",
          folds,
          seed,
          lambda,
          newsWeight,
          minCount,
          prune,
          adapt);
      if (banded) {
        w.printf(
            Locale.ROOT,
            "# band classifier: lambda %s dense-penalty %s news-weight %s prune %s iterations %d%n",
            bandLambda,
            bandDensePenalty,
            bandNewsWeight,
            bandPrune,
            bandIterations);
      }
      w.println("# Cross-validated (whole articles/products held out):");
      for (String line : report.split("\n")) {
        w.println("#   " + line);
      }
      w.println("# Trained on VADER's ground truth (MIT): NYT editorial sentences (dev half),");
      w.println("# tweets, movie and Amazon review snippets. Lexicon: vader_lexicon.txt (MIT);");
      w.println("# WordNet-derived valences: wordnet-valence.tsv (WordNet 3.0 licence); word");
      w.println(
          "# valences taught by all-MiniLM-L6-v2 (Apache-2.0) from the tweets' ratings: minilm-valence.tsv.");
      w.println(
          "# Lines: dense NAME WEIGHT [POSITIVE NEGATIVE] and KIND TEXT WEIGHT [POSITIVE NEGATIVE],");
      w.println("# the bracketed ones the band classifier's logits against neutral.");
      w.printf(Locale.ROOT, "scale\t%.6f%n", cal[0]);
      w.printf(Locale.ROOT, "offset\t%.6f%n", cal[1]);
      w.printf(Locale.ROOT, "article-scale\t%.6f%n", articleCal[0]);
      w.printf(Locale.ROOT, "article-offset\t%.6f%n", articleCal[1]);
      if (banded) {
        w.printf(Locale.ROOT, "band-weight\t%.6f%n", c);
      }
      for (int i = 0; i < fit.dense().length; i++) {
        w.printf(Locale.ROOT, "dense\t%s\t%.6g", DENSE.get(i), fit.dense()[i]);
        if (banded) {
          w.printf(Locale.ROOT, "\t%.6g\t%.6g", fit.bandDense()[2 * i], fit.bandDense()[2 * i + 1]);
        }
        w.println();
      }
      for (Map.Entry<String, double[]> en : sorted.entrySet()) {
        double[] v = en.getValue();
        w.printf(Locale.ROOT, "%s\t%.5g", en.getKey(), v[0]);
        if (banded) {
          w.printf(Locale.ROOT, "\t%.5g\t%.5g", v[1], v[2]);
        }
        w.println();
      }
    }
  }
}
