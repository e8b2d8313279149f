package io.newsflow.train.entity;

import io.newsflow.enrich.entity.tagger.FeatureGroup;
import io.newsflow.enrich.entity.tagger.LongIntMap;
import io.newsflow.enrich.entity.tagger.ReferenceDecoder;
import io.newsflow.enrich.entity.tagger.Scorer;
import io.newsflow.enrich.entity.tagger.TaggerModel;
import io.newsflow.enrich.entity.tagger.Tags;
import java.util.Arrays;
import java.util.Set;

/**
 * Multi-class averaged perceptron over hashed features, {@link Tags#COUNT} weights per feature.
 * Averaging uses the usual trick: keep the weights {@code w} and the sum of {@code step * update}
 * {@code u}; the average after {@code c} steps is {@code w - u / c}. Training only, single thread.
 */
public final class AveragedPerceptron implements Scorer, ReferenceDecoder.Learner {
  private final LongIntMap rows = new LongIntMap(1 << 20);
  private float[] weights = new float[(1 << 20) * Tags.COUNT];
  private double[] updates = new double[(1 << 20) * Tags.COUNT];
  private int size;
  private long step = 1;

  @Override
  public boolean contains(long feature) {
    return rows.get(feature) >= 0;
  }

  @Override
  public void score(long[] features, int count, float[] scores) {
    for (int f = 0; f < count; f++) {
      int row = rows.get(features[f]);
      if (row >= 0) {
        int base = row * Tags.COUNT;
        for (int t = 0; t < Tags.COUNT; t++) {
          scores[t] += weights[base + t];
        }
      }
    }
  }

  @Override
  public void update(long[] features, int count, int tag, float delta) {
    for (int f = 0; f < count; f++) {
      int at = row(features[f]) * Tags.COUNT + tag;
      weights[at] += delta;
      updates[at] += step * (double) delta;
    }
  }

  @Override
  public void tick() {
    step++;
  }

  private int row(long key) {
    int row = rows.get(key);
    if (row >= 0) {
      return row;
    }
    row = size++;
    rows.put(key, row);
    if (size * Tags.COUNT > weights.length) {
      weights = Arrays.copyOf(weights, weights.length * 2);
      updates = Arrays.copyOf(updates, updates.length * 2);
    }
    return row;
  }

  public int featureCount() {
    return size;
  }

  /** The averaged weights, quantised into a model. */
  public TaggerModel averaged(Set<FeatureGroup> groups) {
    int[] rowOf = new int[size];
    long[] keys = rows.keys(rowOf);
    float[] averaged = new float[keys.length * Tags.COUNT];
    for (int i = 0; i < keys.length; i++) {
      int base = rowOf[i] * Tags.COUNT;
      for (int t = 0; t < Tags.COUNT; t++) {
        averaged[i * Tags.COUNT + t] = (float) (weights[base + t] - updates[base + t] / step);
      }
    }
    return TaggerModel.quantise(groups, keys, averaged);
  }
}
