package io.newsflow.train.sentiment;

import io.newsflow.enrich.sentiment.SentimentFeatures;
import io.newsflow.enrich.sentiment.VaderScores;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Exploration aid (not a test, not shipped): writes the news model's features of every rated
 * sentence, one line each, for {@code train/scripts/explore_band_classifier.py}: set, id, mean
 * rating, sparse value, the dense features (comma-separated, {@link SentimentFeatures#denseNames}
 * order) and the sparse feature ids (comma-separated). Lines follow the rated files' order, as
 * {@code train/retrain sentiment --predictions}' {@code .raw} files do, so the two can be read side
 * by side.
 *
 * <pre>train/retrain run io.newsflow.train.sentiment.DumpSentimentFeatures \
 *     ../shared/data/sentiment OUT.tsv</pre>
 */
public final class DumpSentimentFeatures {
  private DumpSentimentFeatures() {}

  public static void main(String[] args) throws IOException {
    SentimentFeatures features = SentimentFeatures.load();
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      for (String set : TrainSentimentModel.SETS) {
        for (RatedSentences s : RatedSentences.read(Path.of(args[0], set + ".tsv"), set)) {
          double[] dense = new double[SentimentFeatures.denseNames().size()];
          Set<Long> sparse = new TreeSet<>();
          VaderScores scores =
              features.extract(s.text(), dense, (id, kind, first, second) -> sparse.add(id));
          out.printf(
              Locale.ROOT,
              "%s\t%s\t%s\t%s\t%s\t%s%n",
              set,
              s.id(),
              s.rating(),
              SentimentFeatures.sparseValue(scores.tokens()),
              java.util.Arrays.stream(dense)
                  .mapToObj(Double::toString)
                  .collect(Collectors.joining(",")),
              sparse.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
      }
    }
  }
}
