package io.newsflow.enrich.entity.tagger;

import io.newsflow.enrich.entity.gazetteer.Gazetteer;

/**
 * What the features use of one word: a function of the word alone, so it can be kept per word
 * ({@link WordTable}); with the names of the gazetteer and of the typed-name lists that start with
 * it (null when none does or the list is not used), found once here instead of in every sentence,
 * and the first parts of the keys that start with it ({@link PrecomputedKeys#keyStarts}).
 */
record WordForm(
    String text,
    String norm,
    String lower,
    String lowerText,
    String shape,
    String shortShape,
    String[] classes,
    int letters,
    int upperLetters,
    Gazetteer.Starts gazetteerStarts,
    Gazetteer.Starts typedStarts,
    long[] keyStarts) {}
