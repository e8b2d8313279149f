package io.newsflow.train.sentiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Human-rated sentences in VADER's ground-truth format, {@code id TAB mean-rating(-4..4) TAB text}.
 *
 * @param set which file it came from
 * @param group what must stay together in one cross-validation fold: the article of an editorial
 *     sentence ({@code 12_3} is sentence 3 of article 12), the product of a review snippet, else
 *     the snippet itself
 */
record RatedSentences(String set, String id, String group, double rating, String text) {

  static List<RatedSentences> read(Path file, String set) throws IOException {
    List<RatedSentences> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", 3);
      if (f.length < 3) {
        continue;
      }
      int underscore = f[0].indexOf('_');
      String group = underscore > 0 ? f[0].substring(0, underscore) : f[0];
      rows.add(new RatedSentences(set, f[0], group, Double.parseDouble(f[1]), f[2]));
    }
    return rows;
  }

  /** The rating on the scores' scale, -4..4 to -1..1. */
  double target() {
    return rating / 4.0;
  }
}
