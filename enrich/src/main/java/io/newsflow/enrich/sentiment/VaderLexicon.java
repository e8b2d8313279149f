package io.newsflow.enrich.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * VADER's sentiment lexicon (Hutto &amp; Gilbert 2014, MIT licence, see {@code VADER-LICENSE.txt}
 * beside it): 7,520 lower-case tokens with their mean human valence on -4..+4. Immutable once
 * loaded; load it once and share it.
 */
public final class VaderLexicon implements TokenLexicon {
  static final String RESOURCE = "vader_lexicon.txt";

  private final Map<String, Double> valences;
  // The same in open addressing (key, its hash, valence side by side in flat arrays): every token
  // of every sentence scored is looked up once or twice, and a HashMap's node and boxed value
  // cost a chase each.
  private final String[] keys;
  private final int[] hashes;
  private final double[] values;
  private final int[] rules;
  private final int mask;

  private VaderLexicon(Map<String, Double> valences) {
    this.valences = new HashMap<>(valences); // never modified after this: safe to share
    int capacity = Integer.highestOneBit(Math.max(16, valences.size() * 4 - 1)) << 1;
    keys = new String[capacity];
    hashes = new int[capacity];
    values = new double[capacity];
    rules = new int[capacity];
    mask = capacity - 1;
    for (Map.Entry<String, Double> e : valences.entrySet()) {
      int h = e.getKey().hashCode();
      int i = spread(h) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = e.getKey();
      hashes[i] = h;
      values[i] = e.getValue();
      rules[i] = VaderWords.flags(e.getKey());
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  private int slot(String token) {
    int h = token.hashCode();
    int i = spread(h) & mask;
    String k;
    while ((k = keys[i]) != null) {
      if (hashes[i] == h && k.equals(token)) {
        return i;
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  /** Reads the lexicon shipped on the classpath beside this class. */
  public static VaderLexicon load() {
    try (InputStream in = VaderLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads lines of {@code token TAB mean-valence [TAB ...]}. */
  static VaderLexicon read(BufferedReader reader) throws IOException {
    Map<String, Double> valences = new HashMap<>();
    String line;
    while ((line = reader.readLine()) != null) {
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        continue;
      }
      int next = line.indexOf('\t', tab + 1);
      String value = next < 0 ? line.substring(tab + 1) : line.substring(tab + 1, next);
      valences.put(line.substring(0, tab), Double.parseDouble(value.trim()));
    }
    return new VaderLexicon(valences);
  }

  /** The valence of a lower-case token, or 0 when the lexicon does not know it. */
  public double valence(String lowerCaseToken) {
    int i = slot(lowerCaseToken);
    return i < 0 ? 0.0 : values[i];
  }

  /** The valence of a lower-case token, or NaN when the lexicon does not know it: one look-up. */
  public double valenceOrNaN(String lowerCaseToken) {
    int i = slot(lowerCaseToken);
    return i < 0 ? Double.NaN : values[i];
  }

  @Override
  public int entry(String lowerCaseToken) {
    return slot(lowerCaseToken);
  }

  @Override
  public double valenceOrNaN(int entry) {
    return values[entry];
  }

  @Override
  public int rules(int entry) {
    return rules[entry];
  }

  public boolean contains(String lowerCaseToken) {
    return slot(lowerCaseToken) >= 0;
  }

  public java.util.Set<String> words() {
    return java.util.Collections.unmodifiableSet(valences.keySet());
  }

  public int size() {
    return valences.size();
  }
}
