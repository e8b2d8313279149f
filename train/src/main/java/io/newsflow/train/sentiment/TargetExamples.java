package io.newsflow.train.sentiment;

import io.newsflow.enrich.sentiment.TargetFeatures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rated mentions of NewsMTSC ({@code newsmtsc-train-mt.tsv}: id, split, text, target,
 * target_start, target_end, label) as {@link TargetFeatures}, with the names of the sparse features
 * seen, for writing a model file.
 */
record TargetExamples(List<Example> train, List<Example> devtest, Map<Long, String> names) {
  static final int NEGATIVE = 0;
  static final int NEUTRAL = 1;
  static final int POSITIVE = 2;

  /** One mention: its article (folds keep an article together), label and features. */
  record Example(
      String article,
      int label,
      String text,
      int start,
      int end,
      double[] dense,
      long[] ids,
      double[] values) {}

  static TargetExamples read(Path tsv, TargetFeatures features, Map<Long, String> names)
      throws IOException {
    List<Example> train = new ArrayList<>();
    List<Example> devtest = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      String text = f[2];
      // the offsets count characters (code points), as Python does; Java strings count UTF-16
      int start = text.offsetByCodePoints(0, Integer.parseInt(f[4]));
      int end = text.offsetByCodePoints(0, Integer.parseInt(f[5]));
      Example e = example(article(f[0]), label(f[6]), text, start, end, features, names);
      (f[1].equals("train") ? train : devtest).add(e);
    }
    return new TargetExamples(train, devtest, names);
  }

  /** "allsides_1000_401_25_Reality Leigh Winner_0_6": the article is "allsides_1000_401". */
  static String article(String id) {
    String[] parts = id.split("_", 4);
    return parts[0] + "_" + parts[1] + "_" + parts[2];
  }

  private static int label(String label) {
    return switch (label) {
      case "negative" -> NEGATIVE;
      case "neutral" -> NEUTRAL;
      case "positive" -> POSITIVE;
      default -> throw new IllegalArgumentException("unknown label " + label);
    };
  }

  private static Example example(
      String article,
      int label,
      String text,
      int start,
      int end,
      TargetFeatures features,
      Map<Long, String> names) {
    double[] dense = new double[TargetFeatures.denseNames().size()];
    List<Long> ids = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    features.extract(
        text,
        start,
        end,
        dense,
        new TargetFeatures.Sink() {
          @Override
          public void feature(long id, double value, String kind, String name) {
            ids.add(id);
            values.add(value);
            names.putIfAbsent(id, kind + "\t" + name);
          }

          @Override
          public boolean wantsNames() {
            return true;
          }
        });
    return new Example(
        article,
        label,
        text,
        start,
        end,
        dense,
        ids.stream().mapToLong(Long::longValue).toArray(),
        values.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
