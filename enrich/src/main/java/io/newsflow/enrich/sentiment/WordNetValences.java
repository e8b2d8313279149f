package io.newsflow.enrich.sentiment;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Valences for words VADER's lexicon lacks, derived from WordNet (see {@code
 * io.newsflow.train.sentiment.BuildWordNetLexicon}), with regular inflections undone ("mugged"
 * -&gt; "mug", "thrives" -&gt; "thrive"), falling back to VADER's lexicon for inflections of its
 * words. Immutable.
 */
final class WordNetValences {
  static final String RESOURCE = "wordnet-valence.tsv";

  /** Function words WordNet happens to define ("a" the vitamin, "in" the inch): not sentiment. */
  private static final Set<String> FUNCTION_WORDS =
      Collections.unmodifiableSet(
          new HashSet<>(
              Arrays.asList(
                  "the", "a", "an", "in", "on", "at", "of", "to", "for", "by", "with", "as", "be",
                  "is", "are", "was", "were", "been", "being", "have", "has", "had", "do", "does",
                  "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
                  "i", "he", "she", "it", "we", "they", "you", "me", "him", "her", "us", "them",
                  "this", "that", "these", "those", "and", "or", "if", "then", "than", "so", "up",
                  "down", "out", "off", "over", "under", "one", "two", "said", "says", "say", "mr",
                  "mrs", "ms", "new", "york", "city", "state", "states", "year", "years", "time",
                  "times", "way", "also", "other", "more", "most", "some", "any", "all")));

  private final Map<String, Double> valences;
  private final VaderLexicon vader;

  private WordNetValences(Map<String, Double> valences, VaderLexicon vader) {
    this.valences = new HashMap<>(valences); // never modified after this: safe to share
    this.vader = vader;
  }

  static WordNetValences load(VaderLexicon vader) {
    return new WordNetValences(ValenceFile.read(RESOURCE), vader);
  }

  Set<String> words() {
    return Collections.unmodifiableSet(valences.keySet());
  }

  /** The valence of a lower-case token VADER does not know, or 0. */
  double valence(String word) {
    if (word.length() < 3 || FUNCTION_WORDS.contains(word)) {
      return 0;
    }
    Double v = valences.get(word);
    if (v != null) {
      return v;
    }
    int n = word.length();
    if (word.endsWith("ies")) {
      return lookup(word.substring(0, n - 3) + "y");
    }
    if (word.endsWith("ing") && n > 5) {
      return first(word.substring(0, n - 3));
    }
    if (word.endsWith("ed") && n > 4) {
      return first(word.substring(0, n - 2));
    }
    if (word.endsWith("es") && n > 4) {
      double e = lookup(word.substring(0, n - 2));
      return e != 0 ? e : lookup(word.substring(0, n - 1));
    }
    if (word.endsWith("s") && !word.endsWith("ss") && n > 3) {
      return lookup(word.substring(0, n - 1));
    }
    if (word.endsWith("ly") && n > 5) {
      return lookup(word.substring(0, n - 2));
    }
    return 0;
  }

  /** A stem after "-ed"/"-ing": as it is, with an "e" back, or with a doubled consonant undone. */
  private double first(String stem) {
    double v = lookup(stem);
    if (v == 0) {
      v = lookup(stem + "e");
    }
    int n = stem.length();
    if (v == 0 && n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
      v = lookup(stem.substring(0, n - 1));
    }
    return v;
  }

  private double lookup(String base) {
    if (vader.contains(base)) {
      return vader.valence(base);
    }
    Double v = valences.get(base);
    return v == null ? 0 : v;
  }
}
