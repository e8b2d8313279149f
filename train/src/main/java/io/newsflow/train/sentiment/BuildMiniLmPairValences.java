package io.newsflow.train.sentiment;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.newsflow.enrich.sentiment.VaderLexicon;
import io.newsflow.enrich.sentiment.VaderTokens;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Builds a word-pair valence list: the teacher of {@link BuildMiniLmValences} (the ridge from
 * all-MiniLM-L6-v2's sentence embedding to the tweets' rating / 4) applied to each adjacent pair of
 * words ("not bad", "death toll"), and the pair's <em>composition residual</em>: its valence minus
 * the mean of its two words' valences, what the pair says beyond its words. Pairs: adjacent words
 * (letters, inner hyphens or apostrophes; the model's tokenising, lower case) seen at least twice
 * in the four rated sets and CoNLL-2003 train/valid together, the most frequent first, at most
 * {@code cap}. Only pairs and numbers are written. A build-time teacher only, as the words' one is.
 *
 * <p>Tried, not shipped: as features of the news model these lists did not raise the editorial F1
 * over four fold splits (docs/research/2026-11-28-sentiment.md, "Word-pair distillation"); the tool
 * is kept so that the lists can be made again. ~6 min for 51,000 pairs on two busy cores.
 *
 * <pre>
 * train/retrain run io.newsflow.train.sentiment.BuildMiniLmPairValences ../shared/data OUT [lambda] [cap] [n]
 * </pre>
 *
 * (n = 2 for pairs, 3 for word triples.)
 */
public final class BuildMiniLmPairValences {
  private static final Pattern WORD = Pattern.compile("[a-z][a-z'-]*[a-z]");

  private BuildMiniLmPairValences() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args[0]);
    Path out = Path.of(args[1]);
    double lambda = args.length > 2 ? Double.parseDouble(args[2]) : 30.0;
    int cap = args.length > 3 ? Integer.parseInt(args[3]) : 60_000;
    int n = args.length > 4 ? Integer.parseInt(args[4]) : 2;
    VaderLexicon lexicon = VaderLexicon.load();
    List<String[]> grams = vocabulary(data, lexicon, n, cap);
    System.err.println(grams.size() + " word " + n + "-grams to embed");

    AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
    BuildMiniLmValences.Ridge teacher = BuildMiniLmValences.teacher(model, data, lambda);
    Map<String, Double> words = new HashMap<>();
    Map<String, double[]> valences = new TreeMap<>();
    long start = System.nanoTime();
    for (String[] g : grams) {
      double wordMean = 0;
      for (String w : g) {
        wordMean +=
            words.computeIfAbsent(w, k -> teacher.predict(model.embed(k).content().vector())) / n;
      }
      double v = teacher.predict(model.embed(String.join(" ", g)).content().vector());
      valences.put(String.join(" ", g), new double[] {v, v - wordMean});
      if (valences.size() % 5000 == 0) {
        System.err.printf(
            Locale.ROOT,
            "embedded %d of %d (%.0f/s)%n",
            valences.size(),
            grams.size(),
            (valences.size() + words.size()) / ((System.nanoTime() - start) / 1e9));
      }
    }
    double mean = 0;
    for (double[] v : valences.values()) {
      mean += v[0] / valences.size();
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      w.println(
          "# Word " + n + "-gram valences taught by all-MiniLM-L6-v2 (Apache-2.0, langchain4j):");
      w.printf(
          Locale.ROOT,
          "# ridge (lambda %s) from sentence embeddings to rating/4 of tweets%n",
          lambda);
      w.println(
          "# (VADER ground truth, MIT), applied to each word group alone: valence (centred),");
      w.println("# and residual = valence - mean of its words' valences. BuildMiniLmPairValences.");
      for (Map.Entry<String, double[]> e : valences.entrySet()) {
        w.printf(
            Locale.ROOT, "%s\t%.4f\t%.4f%n", e.getKey(), e.getValue()[0] - mean, e.getValue()[1]);
      }
    }
    System.err.println("wrote " + valences.size() + " to " + out);
  }

  /** Adjacent word n-grams seen twice or more, the most frequent first, at most {@code cap}. */
  static List<String[]> vocabulary(Path data, VaderLexicon lexicon, int n, int cap)
      throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    for (String set : TrainSentimentModel.SETS) {
      for (RatedSentences s : RatedSentences.read(data.resolve("sentiment/" + set + ".tsv"), set)) {
        count(VaderTokens.of(s.text(), lexicon).lower(), n, counts);
      }
    }
    for (String file : new String[] {"train.txt", "valid.txt"}) {
      StringBuilder sentence = new StringBuilder();
      for (String line :
          Files.readAllLines(data.resolve("conll2003/" + file), StandardCharsets.UTF_8)) {
        int space = line.indexOf(' ');
        if (space > 0 && !line.startsWith("-DOCSTART-")) {
          sentence.append(line, 0, space).append(' ');
        } else if (sentence.length() > 0) {
          count(VaderTokens.of(sentence.toString(), lexicon).lower(), n, counts);
          sentence.setLength(0);
        }
      }
    }
    List<Map.Entry<String, Integer>> frequent = new ArrayList<>();
    counts.forEach(
        (g, c) -> {
          if (c >= 2) {
            frequent.add(Map.entry(g, c));
          }
        });
    frequent.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    List<String[]> grams = new ArrayList<>();
    for (Map.Entry<String, Integer> e : frequent.subList(0, Math.min(cap, frequent.size()))) {
      grams.add(e.getKey().split(" "));
    }
    return grams;
  }

  private static void count(String[] lower, int n, Map<String, Integer> counts) {
    for (int i = 0; i + n <= lower.length; i++) {
      boolean words = true;
      for (int k = i; k < i + n && words; k++) {
        words = WORD.matcher(lower[k]).matches();
      }
      if (words) {
        counts.merge(String.join(" ", Arrays.copyOfRange(lower, i, i + n)), 1, Integer::sum);
      }
    }
  }
}
