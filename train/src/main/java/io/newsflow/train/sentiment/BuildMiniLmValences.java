package io.newsflow.train.sentiment;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.newsflow.enrich.sentiment.VaderLexicon;
import io.newsflow.enrich.sentiment.VaderTokens;
import io.newsflow.train.DataRoot;
import io.newsflow.train.Shipped;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Builds {@code minilm-valence.tsv} ({@link MiniLmValences}): the transformer all-MiniLM-L6-v2
 * (Apache-2.0, bundled in langchain4j's jar, runs offline) embeds every rated tweet (the teaching
 * set that served editorials best in cross-validation: docs/research/2026-11-28-sentiment.md); a
 * ridge regression learns the rating / 4 from the 384-dim embedding; the same map applied to the
 * embedding of each word alone gives the word's valence, centred on the mean over the vocabulary.
 * The editorial (and review) ratings are never used, so the list cannot leak them into those sets'
 * cross-validation. The transformer is a build-time teacher only: it lives in the train module,
 * never in what newsflow runs.
 *
 * <p>Vocabulary: the words (letters, inner hyphens or apostrophes, lower-cased, VADER's tokenising)
 * of VADER's lexicon and of all four rated sets, and those seen twice in CoNLL-2003 train/valid
 * (Reuters news), minus a few function words. Only words and numbers are written.
 *
 * <p>{@code train/retrain minilm-valences} rebuilds the committed list byte for byte (~15 min on
 * two busy cores).
 */
@Command(
    name = "minilm-valences",
    mixinStandardHelpOptions = true,
    description =
        "Writes minilm-valence.tsv: word valences taught by all-MiniLM-L6-v2 (slow: ~15 min).")
public final class BuildMiniLmValences implements Callable<Integer> {
  static final String[] TEACHING_SETS = {"tweets"};
  private static final Pattern WORD = Pattern.compile("[a-z][a-z'-]*[a-z]");
  private static final int DIM = 384;

  @Mixin private DataRoot shared;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "where to write the list (default: ${DEFAULT-VALUE})")
  private Path out = Shipped.MINILM_VALENCES;

  @Option(
      names = "--lambda",
      description = "the teacher ridge's penalty (default: ${DEFAULT-VALUE})")
  private double lambda = 30.0;

  @Override
  public Integer call() throws IOException {
    Path data = shared.require("data");
    shared.require("data/conll2003/train.txt");
    AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
    VaderLexicon lexicon = VaderLexicon.load();

    Ridge teacher = teacher(model, data, lambda);

    TreeSet<String> vocabulary = new TreeSet<>(vocabulary(data, lexicon));
    Map<String, Double> valences = new TreeMap<>();
    double sum = 0;
    for (String w : vocabulary) {
      double v = teacher.predict(model.embed(w).content().vector());
      valences.put(w, v);
      sum += v;
      if (valences.size() % 5000 == 0) {
        System.err.println("embedded " + valences.size() + " of " + vocabulary.size() + " words");
      }
    }
    double mean = sum / valences.size();
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      w.println(
          "# Word valences taught by all-MiniLM-L6-v2 (Apache-2.0, langchain4j 1.19.0-beta29):");
      w.printf(
          Locale.ROOT,
          "# ridge (lambda %s) from sentence embeddings to rating/4 of %s%n",
          lambda,
          String.join(" + ", TEACHING_SETS));
      w.println("# (VADER ground truth, MIT), applied to each word alone, centred. Made by");
      w.println("# BuildMiniLmValences (see docs/SENTIMENT.md). Words and numbers only.");
      for (Map.Entry<String, Double> e : valences.entrySet()) {
        w.printf(Locale.ROOT, "%s\t%.4f%n", e.getKey(), e.getValue() - mean);
      }
    }
    System.err.println("wrote " + valences.size() + " words to " + out);
    return 0;
  }

  /** The ridge from the sentence embedding to rating / 4 of the {@link #TEACHING_SETS}. */
  static Ridge teacher(AllMiniLmL6V2EmbeddingModel model, Path data, double lambda)
      throws IOException {
    List<float[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (String set : TEACHING_SETS) {
      for (RatedSentences s : RatedSentences.read(data.resolve("sentiment/" + set + ".tsv"), set)) {
        x.add(model.embed(s.text()).content().vector());
        y.add(s.target());
      }
      System.err.println("embedded " + set + ": " + x.size() + " sentences so far");
    }
    return Ridge.fit(x, y, lambda);
  }

  private static List<String> vocabulary(Path data, VaderLexicon lexicon) throws IOException {
    TreeSet<String> words = new TreeSet<>();
    for (String w : lexicon.words()) {
      addIfWord(w, words);
    }
    for (String set : TrainSentimentModel.SETS) {
      for (RatedSentences s : RatedSentences.read(data.resolve("sentiment/" + set + ".tsv"), set)) {
        for (String w : VaderTokens.of(s.text(), lexicon).lower()) {
          addIfWord(w, words);
        }
      }
    }
    Map<String, Integer> news = new TreeMap<>();
    for (String file : new String[] {"train.txt", "valid.txt"}) {
      for (String line :
          Files.readAllLines(data.resolve("conll2003/" + file), StandardCharsets.UTF_8)) {
        int space = line.indexOf(' ');
        if (space > 0 && !line.startsWith("-DOCSTART-")) {
          String w = line.substring(0, space).toLowerCase(Locale.ROOT);
          news.merge(w, 1, Integer::sum);
        }
      }
    }
    news.forEach(
        (w, n) -> {
          if (n >= 2) {
            addIfWord(w, words);
          }
        });
    return new ArrayList<>(words);
  }

  private static void addIfWord(String w, TreeSet<String> words) {
    if (WORD.matcher(w).matches() && !FUNCTION_WORDS.contains(w)) {
      words.add(w);
    }
  }

  private static final java.util.Set<String> FUNCTION_WORDS =
      java.util.Set.of(
          "the", "an", "of", "to", "in", "and", "or", "is", "are", "was", "were", "be", "been",
          "it", "its", "this", "that", "for", "on", "at", "by", "with", "as", "from", "he", "she",
          "they", "we", "you", "his", "her", "their", "our");

  /** Ridge regression with an unpenalised intercept, solved exactly (384 unknowns). */
  record Ridge(double[] mean, double meanY, double[] beta) {
    static Ridge fit(List<float[]> x, List<Double> y, double lambda) {
      int n = x.size();
      double[] mu = new double[DIM];
      double my = 0;
      for (int r = 0; r < n; r++) {
        for (int j = 0; j < DIM; j++) {
          mu[j] += x.get(r)[j] / n;
        }
        my += y.get(r) / n;
      }
      double[][] a = new double[DIM][DIM + 1];
      for (int r = 0; r < n; r++) {
        float[] row = x.get(r);
        double[] c = new double[DIM];
        for (int j = 0; j < DIM; j++) {
          c[j] = row[j] - mu[j];
        }
        double t = y.get(r) - my;
        for (int i = 0; i < DIM; i++) {
          for (int j = 0; j < DIM; j++) {
            a[i][j] += c[i] * c[j];
          }
          a[i][DIM] += c[i] * t;
        }
      }
      for (int i = 0; i < DIM; i++) {
        a[i][i] += lambda;
      }
      return new Ridge(mu, my, solve(a));
    }

    /** Gaussian elimination with partial pivoting of an augmented, positive definite system. */
    private static double[] solve(double[][] a) {
      int n = a.length;
      for (int p = 0; p < n; p++) {
        int best = p;
        for (int r = p + 1; r < n; r++) {
          if (Math.abs(a[r][p]) > Math.abs(a[best][p])) {
            best = r;
          }
        }
        double[] swap = a[p];
        a[p] = a[best];
        a[best] = swap;
        for (int r = p + 1; r < n; r++) {
          double f = a[r][p] / a[p][p];
          for (int c = p; c <= n; c++) {
            a[r][c] -= f * a[p][c];
          }
        }
      }
      double[] b = new double[n];
      for (int r = n - 1; r >= 0; r--) {
        double s = a[r][n];
        for (int c = r + 1; c < n; c++) {
          s -= a[r][c] * b[c];
        }
        b[r] = s / a[r][r];
      }
      return b;
    }

    double predict(float[] v) {
      double s = meanY;
      for (int j = 0; j < DIM; j++) {
        s += (v[j] - mean[j]) * beta[j];
      }
      return s;
    }
  }
}
