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
public final class VaderLexicon {
  static final String RESOURCE = "vader_lexicon.txt";

  private final Map<String, Double> valences;

  private VaderLexicon(Map<String, Double> valences) {
    this.valences = new HashMap<>(valences); // never modified after this: safe to share
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
    Double v = valences.get(lowerCaseToken);
    return v == null ? 0.0 : v;
  }

  /** The valence of a lower-case token, or NaN when the lexicon does not know it: one look-up. */
  public double valenceOrNaN(String lowerCaseToken) {
    Double v = valences.get(lowerCaseToken);
    return v == null ? Double.NaN : v;
  }

  public boolean contains(String lowerCaseToken) {
    return valences.containsKey(lowerCaseToken);
  }

  java.util.Set<String> words() {
    return java.util.Collections.unmodifiableSet(valences.keySet());
  }

  public int size() {
    return valences.size();
  }
}
