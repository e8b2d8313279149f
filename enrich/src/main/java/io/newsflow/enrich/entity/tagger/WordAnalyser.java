package io.newsflow.enrich.entity.tagger;

import io.newsflow.enrich.entity.gazetteer.Gazetteer;
import io.newsflow.enrich.entity.gazetteer.WordClasses;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Finds what the feature templates read of words and sentences: each word's forms and what the word
 * classes and name lists say of it ({@link WordForm}), each sentence's gazetteer and typed-name
 * labels and the heads of its capitalised runs ({@link Sentence}). Immutable.
 */
final class WordAnalyser {
  private static final int MAX_TYPED_LABELS = 12;
  private static final String[] NO_LABELS = {};

  private final Set<FeatureGroup> groups;
  private final Gazetteer gazetteer;
  private final WordClasses classes;
  private final Gazetteer typedNames;

  /** {@code groups} is not copied: the caller must not change it. */
  WordAnalyser(
      Set<FeatureGroup> groups, Gazetteer gazetteer, WordClasses classes, Gazetteer typedNames) {
    this.groups = groups;
    this.gazetteer = gazetteer;
    this.classes = classes;
    this.typedNames = typedNames;
  }

  WordForm word(String text) {
    String norm = WordShapes.normalise(text);
    String lower = norm.toLowerCase(Locale.ROOT);
    String lowerText = text.toLowerCase(Locale.ROOT);
    String shape = WordShapes.shape(text, 2);
    return new WordForm(
        text,
        norm,
        lower,
        lowerText.equals(lower) ? lower : lowerText,
        shape,
        WordShapes.shape(text, 1),
        groups.contains(FeatureGroup.CLUSTERS) ? classes.of(lower) : null,
        WordShapes.letters(text, false),
        WordShapes.letters(text, true),
        usesGazetteer() ? gazetteer.startsOf(lower) : null,
        usesTypedNames() ? typedNames.startsOf(lower) : null,
        PrecomputedKeys.keyStarts(lower, shape));
  }

  private boolean usesGazetteer() {
    return groups.contains(FeatureGroup.GAZETTEER) && gazetteer != null;
  }

  /**
   * Whether a document's typed-name labels are needed (for typed names or the document's names).
   */
  boolean usesTypedNames() {
    return typedNames != null
        && (groups.contains(FeatureGroup.TYPED_NAMES)
            || groups.contains(FeatureGroup.DOCUMENT_NAMES));
  }

  /** The sentence of these words, with the typed-name labels already found for it, if any. */
  Sentence sentence(WordForm[] words, String[][] knownTyped) {
    String[] lower = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      lower[i] = words[i].lower();
    }
    String[] gaz = usesGazetteer() ? gazetteer.annotate(lower, gazetteerStarts(words)) : null;
    boolean capitals = WordShapes.mostlyUpperCase(words);
    String[][] typed =
        !groups.contains(FeatureGroup.TYPED_NAMES) || typedNames == null
            ? null
            : knownTyped != null ? knownTyped : typedLabels(lower, words);
    String[] runHead = null;
    if (typed != null && !capitals) {
      String[] text = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        text[i] = words[i].text();
      }
      runHead = CapitalisedRuns.heads(text, typed);
    }
    return new Sentence(words, gaz, capitals, typed, runHead);
  }

  /**
   * The typed-name labels of each word of a sentence, given in lower case (at most {@value
   * #MAX_TYPED_LABELS} each).
   */
  String[][] typedLabels(String[] lowerWords) {
    return labels(typedNames.annotate(lowerWords));
  }

  /**
   * As {@link #typedLabels(String[])}, using the names that start with each word, found once per
   * word.
   */
  String[][] typedLabels(String[] lowerWords, WordForm[] words) {
    return labels(typedNames.annotate(lowerWords, typedStarts(words)));
  }

  private static String[][] labels(String[] annotations) {
    String[][] out = new String[annotations.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = annotations[i] == null ? NO_LABELS : annotations[i].split(" ");
      if (out[i].length > MAX_TYPED_LABELS) {
        out[i] = Arrays.copyOf(out[i], MAX_TYPED_LABELS);
      }
    }
    return out;
  }

  private static Gazetteer.Starts[] gazetteerStarts(WordForm[] words) {
    Gazetteer.Starts[] starts = new Gazetteer.Starts[words.length];
    for (int i = 0; i < words.length; i++) {
      starts[i] = words[i].gazetteerStarts();
    }
    return starts;
  }

  private static Gazetteer.Starts[] typedStarts(WordForm[] words) {
    Gazetteer.Starts[] starts = new Gazetteer.Starts[words.length];
    for (int i = 0; i < words.length; i++) {
      starts[i] = words[i].typedStarts();
    }
    return starts;
  }
}
