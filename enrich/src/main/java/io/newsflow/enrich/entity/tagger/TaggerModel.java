package io.newsflow.enrich.entity.tagger;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained weights: for each kept feature hash, one 16-bit weight per tag (quantised with one
 * scale for the whole model; the argmax does not need the scale). Immutable once loaded, so one
 * instance serves every thread.
 *
 * <p>File format (gzip): magic "NFNER", version, the feature groups, the tag count, the scale, the
 * feature count, then the keys and the weights row by row.
 */
public final class TaggerModel implements Scorer {
  private static final String MAGIC = "NFNER";
  private static final int VERSION = 1;

  private final Set<FeatureGroup> groups;
  private final WeightTable table;
  private final long[] keys;
  private final short[] weights;
  private final float scale;

  /**
   * One bit per 2^21 slots, set for the keys the model has: most features of a token (unseen words,
   * word pairs, transitions) are not in the model, and this 256 KB filter, small enough to stay in
   * the CPU cache, answers most of those without touching the multi-megabyte table.
   */
  private final long[] present = new long[1 << (FILTER_BITS - 6)];

  private static final int FILTER_BITS = 21;

  TaggerModel(Set<FeatureGroup> groups, long[] keys, short[] weights, float scale) {
    if (weights.length != keys.length * Tags.COUNT) {
      throw new IllegalArgumentException("weights do not match keys");
    }
    this.groups = groups.isEmpty() ? EnumSet.noneOf(FeatureGroup.class) : EnumSet.copyOf(groups);
    this.keys = keys;
    this.weights = weights;
    this.scale = scale;
    this.table = new WeightTable(keys, weights);
    for (int i = 0; i < keys.length; i++) {
      int bit = filterBit(keys[i]);
      present[bit >>> 6] |= 1L << bit;
    }
  }

  /** The filter uses the key's top bits; the table uses its bottom ones. */
  private static int filterBit(long key) {
    return (int) (key >>> (64 - FILTER_BITS));
  }

  private boolean mayContain(long key) {
    int bit = filterBit(key);
    return (present[bit >>> 6] & (1L << bit)) != 0;
  }

  /**
   * Quantises averaged float weights (row-major, {@link Tags#COUNT} per key), dropping rows that
   * round to zero.
   */
  public static TaggerModel quantise(Set<FeatureGroup> groups, long[] keys, float[] weights) {
    float max = 0;
    for (float w : weights) {
      max = Math.max(max, Math.abs(w));
    }
    float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
    int kept = 0;
    long[] keptKeys = new long[keys.length];
    short[] keptWeights = new short[weights.length];
    for (int r = 0; r < keys.length; r++) {
      boolean any = false;
      for (int t = 0; t < Tags.COUNT; t++) {
        short q = (short) Math.round(weights[r * Tags.COUNT + t] / scale);
        keptWeights[kept * Tags.COUNT + t] = q;
        any |= q != 0;
      }
      if (any) {
        keptKeys[kept++] = keys[r];
      }
    }
    long[] k = java.util.Arrays.copyOf(keptKeys, kept);
    short[] w = java.util.Arrays.copyOf(keptWeights, kept * Tags.COUNT);
    // a canonical row order keeps the file identical for identical weights
    Integer[] order = new Integer[kept];
    for (int i = 0; i < kept; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Long.compare(k[a], k[b]));
    long[] sortedKeys = new long[kept];
    short[] sortedWeights = new short[w.length];
    for (int i = 0; i < kept; i++) {
      sortedKeys[i] = k[order[i]];
      System.arraycopy(w, order[i] * Tags.COUNT, sortedWeights, i * Tags.COUNT, Tags.COUNT);
    }
    return new TaggerModel(groups, sortedKeys, sortedWeights, scale);
  }

  public Set<FeatureGroup> groups() {
    return groups;
  }

  public int featureCount() {
    return keys.length;
  }

  @Override
  public boolean contains(long feature) {
    return mayContain(feature) && table.find(feature) >= 0;
  }

  @Override
  public void score(long[] features, int count, float[] scores) {
    // summed as integers, then scaled once: exact, and independent of the features' order
    int[] sums = new int[Tags.COUNT];
    addWeights(features, count, sums, 0);
    for (int t = 0; t < Tags.COUNT; t++) {
      scores[t] += sums[t] * scale;
    }
  }

  /**
   * Adds the integer weights of the features to {@code sums[offset .. offset + Tags.COUNT)}. Times
   * {@link #scale()}, the sums are what {@link #score} adds: the tagger sums in integers as long as
   * it can (so in any order and in parts), and scales once.
   */
  void addWeights(long[] features, int count, int[] sums, int offset) {
    for (int f = 0; f < count; f++) {
      if (mayContain(features[f])) {
        int base = table.find(features[f]);
        if (base >= 0) {
          table.addTo(base, sums, offset);
        }
      }
    }
  }

  /**
   * As {@link #addWeights(long[], int, int[], int)}, finding all the features' slots first (into
   * {@code slots}, work space of at least {@code count}) and adding their weights after: the
   * look-ups, most of them cache misses in the multi-megabyte table, then overlap instead of each
   * waiting behind the previous feature's additions.
   */
  void addWeights(long[] features, int count, int[] sums, int offset, int[] slots) {
    int found = 0;
    for (int f = 0; f < count; f++) {
      int slot = slotOf(features[f]);
      slots[found] = slot;
      found += slot >= 0 ? 1 : 0;
    }
    for (int k = 0; k < found; k++) {
      table.addTo(slots[k], sums, offset);
    }
  }

  /**
   * Where the feature's weights are, for {@link #addSlot}, or -1 when the model does not have it.
   */
  int slotOf(long feature) {
    return mayContain(feature) ? table.find(feature) : -1;
  }

  /**
   * Adds the integer weights at {@code slot} (from {@link #slotOf}) to {@code sums[offset .. offset
   * + Tags.COUNT)}.
   */
  void addSlot(int slot, int[] sums, int offset) {
    table.addTo(slot, sums, offset);
  }

  /** The one factor from the integer weights to the scores. */
  float scale() {
    return scale;
  }

  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
    data.writeUTF(MAGIC);
    data.writeInt(VERSION);
    data.writeInt(groups.size());
    for (FeatureGroup group : groups.stream().sorted().toList()) {
      data.writeUTF(group.name());
    }
    data.writeInt(Tags.COUNT);
    data.writeFloat(scale);
    data.writeInt(keys.length);
    for (long key : keys) {
      data.writeLong(key);
    }
    // column-major (tag by tag) compresses far better: most rows are zero for most tags
    for (int t = 0; t < Tags.COUNT; t++) {
      for (int r = 0; r < keys.length; r++) {
        data.writeShort(weights[r * Tags.COUNT + t]);
      }
    }
    data.flush();
    gzip.finish();
    out.flush();
  }

  public static TaggerModel read(InputStream in) throws IOException {
    DataInputStream data =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
    if (!MAGIC.equals(data.readUTF()) || data.readInt() != VERSION) {
      throw new IOException("not a newsflow tagger model (or an unsupported version)");
    }
    int groupCount = data.readInt();
    Set<FeatureGroup> groups = EnumSet.noneOf(FeatureGroup.class);
    for (int i = 0; i < groupCount; i++) {
      groups.add(FeatureGroup.valueOf(data.readUTF()));
    }
    if (data.readInt() != Tags.COUNT) {
      throw new IOException("model has a different tag set");
    }
    float scale = data.readFloat();
    int n = data.readInt();
    // whole arrays at a time (big-endian, as DataOutput wrote them): a value at a time was a tenth
    // of the tag command's start-up
    long[] keys = new long[n];
    readFully(data, Long.BYTES * n).asLongBuffer().get(keys);
    short[] weights = new short[n * Tags.COUNT];
    short[] column = new short[n];
    for (int t = 0; t < Tags.COUNT; t++) {
      readFully(data, Short.BYTES * n).asShortBuffer().get(column);
      for (int r = 0; r < n; r++) {
        weights[r * Tags.COUNT + t] = column[r];
      }
    }
    return new TaggerModel(groups, keys, weights, scale);
  }

  private static ByteBuffer readFully(DataInputStream data, int bytes) throws IOException {
    byte[] buffer = new byte[bytes];
    data.readFully(buffer);
    return ByteBuffer.wrap(buffer);
  }
}
