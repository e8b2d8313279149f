package io.newsflow.enrich.entity.tagger;

import java.util.Map;
import java.util.Set;

/**
 * What the features know about the whole document: which words it uses lower- or upper-case, what
 * its fuller names say about their words ({@code namesAround}, see {@link DocumentContextFinder}),
 * and the typed-name labels of its sentences with case information, found once for both and kept by
 * sentence (the very array).
 */
public record DocumentContext(
    Set<String> seenLower,
    Set<String> seenCapitalised,
    Map<String, Set<String>> namesAround,
    Map<String[], String[][]> typedLabels) {
  public DocumentContext(Set<String> seenLower, Set<String> seenCapitalised) {
    this(seenLower, seenCapitalised, Map.of(), Map.of());
  }
}
