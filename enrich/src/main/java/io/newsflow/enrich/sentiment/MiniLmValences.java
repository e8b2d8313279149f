package io.newsflow.enrich.sentiment;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Word valences taught by a sentence-embedding model: a ridge regression from all-MiniLM-L6-v2's
 * sentence embeddings to the human ratings of VADER's tweets, applied to the embedding of each word
 * alone ("homeless", "mugged", "thrive"), centred on the vocabulary's mean. It carries what a
 * transformer read in a large corpus about words that are negative by topic, at the cost of one
 * look-up per word. Made at build time by {@code BuildMiniLmValences} (the train module: the
 * transformer never runs in newsflow). Immutable.
 */
final class MiniLmValences {
  static final String RESOURCE = "minilm-valence.tsv";

  private final Map<String, Double> valences;

  MiniLmValences(Map<String, Double> valences) {
    this.valences = new HashMap<>(valences); // never modified after this: safe to share
  }

  static MiniLmValences load() {
    return new MiniLmValences(ValenceFile.read(RESOURCE));
  }

  Set<String> words() {
    return Collections.unmodifiableSet(valences.keySet());
  }

  /** The valence of a lower-case token, or NaN when the list lacks it. */
  double valence(String word) {
    Double v = valences.get(word);
    return v == null ? Double.NaN : v;
  }
}
