package io.newsflow.train.sentiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NewsMTSC's train sentences as rated sentences for the sentence model: a sentence whose mentions
 * all carry one label says that much as a whole, so it gets that label as a rating ({@code rating}
 * for positive, minus it for negative, 0 for neutral, on the -4..4 scale); sentences whose mentions
 * disagree are left out. Only the train split: devtest_mt stays unseen by both models.
 */
final class NewsMtscSentences {
  static final String SET = "newsmtsc";

  private NewsMtscSentences() {}

  static List<RatedSentences> read(Path tsv, double rating) throws IOException {
    Map<String, String> labels = new LinkedHashMap<>(); // sentence -> its one label, or "" if mixed
    Map<String, String> articles = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f[1].equals("train")) {
        labels.merge(f[2], f[6], (a, b) -> a.equals(b) ? a : "");
        articles.putIfAbsent(f[2], TargetExamples.article(f[0]));
      }
    }
    List<RatedSentences> rows = new ArrayList<>();
    for (Map.Entry<String, String> e : labels.entrySet()) {
      double r =
          switch (e.getValue()) {
            case "positive" -> rating;
            case "negative" -> -rating;
            case "neutral" -> 0;
            default -> Double.NaN;
          };
      if (!Double.isNaN(r)) {
        String article = articles.get(e.getKey());
        rows.add(new RatedSentences(SET, article + "_" + rows.size(), article, r, e.getKey()));
      }
    }
    return rows;
  }
}
