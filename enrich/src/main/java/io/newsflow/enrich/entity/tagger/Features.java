package io.newsflow.enrich.entity.tagger;

import io.newsflow.enrich.entity.gazetteer.Gazetteer;
import io.newsflow.enrich.entity.gazetteer.WordClasses;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns tokens into hashed feature keys. Static features depend only on the words of the sentence
 * and the document ({@link StaticTemplates}); dynamic ones on the tags already chosen (previous
 * tags, and the types earlier mentions of the same word were given in this document: {@link
 * TagHistoryFeatures}). The same code serves training and tagging, so the two cannot drift apart.
 * This class holds the switched-on {@link FeatureGroup}s and the word lists, and hands each
 * question to the class that answers it. Immutable and thread-safe.
 */
public final class Features {
  private final Set<FeatureGroup> groups;
  private final WordClasses classes;
  private final WordAnalyser analyser;
  private final DocumentContextFinder contexts;
  private final StaticTemplates templates;
  private final TagHistoryFeatures history;

  public Features(Set<FeatureGroup> groups, Gazetteer gazetteer, WordClasses classes) {
    this(groups, gazetteer, classes, null);
  }

  /**
   * @param typedNames names of people, organisations, places and events, for {@link
   *     FeatureGroup#TYPED_NAMES} and {@link FeatureGroup#DOCUMENT_NAMES}
   */
  public Features(
      Set<FeatureGroup> groups, Gazetteer gazetteer, WordClasses classes, Gazetteer typedNames) {
    this.groups = groups.isEmpty() ? EnumSet.noneOf(FeatureGroup.class) : EnumSet.copyOf(groups);
    this.classes = classes;
    this.analyser = new WordAnalyser(this.groups, gazetteer, classes, typedNames);
    this.contexts =
        new DocumentContextFinder(
            analyser, this.groups.contains(FeatureGroup.DOCUMENT_NAMES) && typedNames != null);
    this.templates = new StaticTemplates(this.groups);
    this.history =
        new TagHistoryFeatures(
            this.groups.contains(FeatureGroup.PREVIOUS_TAGS),
            this.groups.contains(FeatureGroup.DOCUMENT_MEMORY));
  }

  /**
   * The words the word classes know: the tagger keeps per-word sums for them (see {@code
   * WordTable}).
   */
  Set<String> vocabulary() {
    return classes == null ? Set.of() : classes.words();
  }

  public Set<FeatureGroup> groups() {
    return Collections.unmodifiableSet(groups);
  }

  public DocumentContext context(List<String[]> sentences) {
    return contexts.find(sentences, null);
  }

  /**
   * As {@link #context(List)}, with the sentences' {@link WordForm}s when the caller has them (the
   * tagger does): their lower-case forms and letter counts are then not computed again.
   */
  DocumentContext context(List<String[]> sentences, WordForm[][] forms) {
    return contexts.find(sentences, forms);
  }

  /** The static features of every token of a sentence. */
  public long[][] staticFeatures(String[] words, DocumentContext context) {
    int n = words.length;
    WordForm[] forms = new WordForm[n];
    for (int i = 0; i < n; i++) {
      forms[i] = analyser.word(words[i]);
    }
    Sentence sentence =
        analyser.sentence(forms, context == null ? null : context.typedLabels().get(words));
    long[][] out = new long[n][];
    FeatureKeys keys = new FeatureKeys(160);
    for (int i = 0; i < n; i++) {
      keys.clear();
      templates.tokenFeatures(sentence, i, context, StaticTemplates.Part.ALL, keys);
      out[i] = keys.toArray();
    }
    return out;
  }

  WordForm word(String text) {
    return analyser.word(text);
  }

  /** With the typed-name labels the document context already found for this sentence, if any. */
  Sentence sentence(WordForm[] words, String[][] knownTyped) {
    return analyser.sentence(words, knownTyped);
  }

  /**
   * Token {@code i}'s static features, the {@code part} asked for (see {@link StaticTemplates}).
   */
  void tokenFeatures(
      Sentence sentence,
      int i,
      DocumentContext context,
      StaticTemplates.Part part,
      FeatureKeys out) {
    templates.tokenFeatures(sentence, i, context, part, out);
  }

  /** Whether the decoder keeps a document memory at all. */
  boolean usesMemory() {
    return history.usesMemory();
  }

  /** See {@link TagHistoryFeatures#memoryFeatures(long[], int, int, String)}. */
  int memoryFeatures(long[] out, int offset, int type, String shortShape) {
    return history.memoryFeatures(out, offset, type, shortShape);
  }

  /** Whether {@link #remember} keeps this word's type (capitalised words, when memory is on). */
  boolean remembers(String word) {
    return history.remembers(word);
  }

  /**
   * Writes the document-memory features of a word into {@code out} from {@code offset}; returns the
   * new length.
   */
  public int memoryFeatures(long[] out, int offset, String word, Map<String, Integer> memory) {
    return history.memoryFeatures(out, offset, word, memory);
  }

  /** A key for the word's transition features, hashed once per token (0 when the group is off). */
  public long transitionWordKey(String word) {
    return history.transitionWordKey(word);
  }

  /** See {@link TagHistoryFeatures#transitionFeatures}. */
  public int transitionFeatures(long[] out, int previous, long wordKey) {
    return history.transitionFeatures(out, previous, wordKey);
  }

  /** Only the previous-tag feature, which does not depend on the word. */
  public int previousTagFeature(long[] out, int previous) {
    return history.previousTagFeature(out, previous);
  }

  /** Only the previous-tag-and-word feature. */
  public int previousTagWordFeature(long[] out, int previous, long wordKey) {
    return history.previousTagWordFeature(out, previous, wordKey);
  }

  /** Remembers the type a capitalised word was given, for later mentions in the document. */
  public void remember(Map<String, Integer> memory, String word, int tag) {
    history.remember(memory, word, tag);
  }
}
