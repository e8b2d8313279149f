package io.newsflow.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.dedup.NearDuplicatePairs.Pair;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of {@link NearDuplicateSketch#defaults()} on the team's pairs ({@link
 * NearDuplicatePairs}). The development sweep prints how the threshold trades one for the other;
 * the test set is what docs/MODELS.md reports.
 */
class NearDuplicateAccuracyTest {
  private record Score(
      int truePositives, int falsePositives, int falseNegatives, List<String> wrong) {
    double precision() {
      return truePositives / (double) Math.max(1, truePositives + falsePositives);
    }

    double recall() {
      return truePositives / (double) Math.max(1, truePositives + falseNegatives);
    }
  }

  private static Score score(NearDuplicateSketch sketch, List<Pair> pairs) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    List<String> wrong = new ArrayList<>();
    for (Pair pair : pairs) {
      boolean said =
          sketch.nearCopies(
              sketch.of(pair.left().headline(), pair.left().body()),
              sketch.of(pair.right().headline(), pair.right().body()));
      if (said && pair.nearCopy()) {
        tp++;
      } else if (said) {
        fp++;
        wrong.add("false positive: " + pair.label());
      } else if (pair.nearCopy()) {
        fn++;
        wrong.add("false negative: " + pair.label());
      }
    }
    return new Score(tp, fp, fn, wrong);
  }

  private static double similarity(Pair pair) {
    NearDuplicateSketch sketch = NearDuplicateSketch.defaults();
    return NearDuplicateSketch.similarity(
        sketch.of(pair.left().headline(), pair.left().body()).minima(),
        sketch.of(pair.right().headline(), pair.right().body()).minima());
  }

  @Test
  void thePairsCoverEveryKindOfEditAndEnoughDifferentStories() throws IOException {
    for (List<Pair> pairs : List.of(NearDuplicatePairs.development(), NearDuplicatePairs.test())) {
      assertThat(pairs.stream().filter(Pair::nearCopy).count()).isGreaterThanOrEqualTo(40);
      assertThat(pairs.stream().filter(p -> !p.nearCopy()).count()).isGreaterThanOrEqualTo(40);
    }
  }

  @Test
  void developmentSweepOfTheThreshold() throws IOException {
    List<Pair> pairs = NearDuplicatePairs.development();
    for (boolean nearCopy : new boolean[] {true, false}) {
      double[] similarities =
          pairs.stream()
              .filter(p -> p.nearCopy() == nearCopy)
              .mapToDouble(NearDuplicateAccuracyTest::similarity)
              .sorted()
              .toArray();
      System.out.printf(
          Locale.ROOT,
          "near-duplicates dev: %s estimated similarity min %.2f, 5%% %.2f, median %.2f, max %.2f%n",
          nearCopy ? "near-copies" : "different stories",
          similarities[0],
          similarities[similarities.length / 20],
          similarities[similarities.length / 2],
          similarities[similarities.length - 1]);
    }
    for (double threshold : new double[] {0.2, 0.3, 0.4, 0.5, 0.6, 0.7}) {
      NearDuplicateSketch sketch = new NearDuplicateSketch(16, 2, threshold);
      Score s = score(sketch, pairs);
      System.out.printf(
          Locale.ROOT,
          "near-duplicates dev: threshold %.1f precision %.3f recall %.3f %s%n",
          threshold,
          s.precision(),
          s.recall(),
          s.wrong());
    }
  }

  @Test
  void testSetPrecisionAndRecall() throws IOException {
    NearDuplicateSketch sketch = NearDuplicateSketch.defaults();
    List<Pair> pairs = NearDuplicatePairs.test();
    Score s = score(sketch, pairs);
    System.out.printf(
        Locale.ROOT,
        "near-duplicates test: %d pairs (%d near-copies), threshold %.2f: precision %.3f recall %.3f"
            + " %s%n",
        pairs.size(),
        pairs.stream().filter(Pair::nearCopy).count(),
        sketch.threshold(),
        s.precision(),
        s.recall(),
        s.wrong());
    assertThat(s.precision()).as("precision; wrong: %s", s.wrong()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.recall()).as("recall; wrong: %s", s.wrong()).isGreaterThanOrEqualTo(0.9);
  }
}
