package io.newsflow.enrich.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * EXPERIMENT: word-pair valences taught by the sentence-embedding teacher, keyed by the pair's
 * feature id ({@link FeatureIds#bigram}) so that scoring finds them with the id it computes anyway.
 */
final class PairValences {
  private final LongFloatMap values;
  private final int n;

  PairValences(LongFloatMap values, int n) {
    this.values = values;
    this.n = n;
  }

  static PairValences none() {
    return new PairValences(new LongFloatMap(1), 2);
  }

  static PairValences load() {
    String file = System.getProperty("newsflow.pairs");
    if (file == null) {
      return none();
    }
    int column = Integer.getInteger("newsflow.pairs.column", 2);
    try (BufferedReader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      List<long[]> keys = new ArrayList<>();
      List<Float> vs = new ArrayList<>();
      int n = 2;
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        String[] w = f[0].split(" ");
        n = w.length;
        long id = FeatureIds.word(w[0]);
        for (int k = 1; k < w.length; k++) {
          id = FeatureIds.bigram(id, FeatureIds.word(w[k]));
        }
        keys.add(new long[] {id});
        vs.add(Float.parseFloat(f[column]));
      }
      LongFloatMap map = new LongFloatMap(keys.size());
      for (int i = 0; i < keys.size(); i++) {
        map.put(keys.get(i)[0], vs.get(i));
      }
      return new PairValences(map, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int n() {
    return n;
  }

  /** The valence of the group with this id, NaN when absent. */
  double valence(long id) {
    int slot = values.slot(id);
    return slot == LongFloatMap.ABSENT ? Double.NaN : values.value(slot, 0);
  }
}
