package io.newsflow.enrich.entity.tagger;

import io.newsflow.enrich.entity.gazetteer.Gazetteer;
import io.newsflow.enrich.entity.gazetteer.NameLists;
import io.newsflow.enrich.entity.gazetteer.WordClasses;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * The trained CoNLL-2003 tagger: documents of tokenised sentences in, IOB2 tags (PER, ORG, LOC,
 * MISC) out. Load it once and share it: it is thread-safe, and its only state that changes is a
 * per-word score table that fills in as vocabulary words are first met (see {@code WordTable}).
 */
public final class SequenceTagger {
  /** Where the committed model lives on the classpath. */
  public static final String MODEL_RESOURCE = "/io/newsflow/enrich/entity/tagger.bin";

  private final TaggerModel model;
  private final ReferenceDecoder reference;
  private final FastDecoder fast;
  private final boolean twoPasses;

  /** A tagger that tags each document twice (see {@link #onePass()}). */
  public SequenceTagger(TaggerModel model, Gazetteer gazetteer, WordClasses classes) {
    this(model, new Features(model.groups(), gazetteer, classes));
  }

  /**
   * A tagger that tags each document twice, with the given features (see {@link BundledFeatures}).
   */
  public SequenceTagger(TaggerModel model, Features features) {
    this(
        model,
        new ReferenceDecoder(features),
        new FastDecoder(features, model, WordTable.build(features, model, features.vocabulary())),
        true);
  }

  private SequenceTagger(
      TaggerModel model, ReferenceDecoder reference, FastDecoder fast, boolean twoPasses) {
    this.model = model;
    this.reference = reference;
    this.fast = fast;
    this.twoPasses = twoPasses;
  }

  /**
   * The same tagger, tagging each document once: twice as fast, about 0.25 F1 less on CoNLL-2003
   * valid (92.82 against 93.18 with the committed model), because the first mention of a name
   * cannot use what later mentions made of it.
   */
  public SequenceTagger onePass() {
    return new SequenceTagger(model, reference, fast, false);
  }

  /** The committed model with the bundled gazetteer. */
  public static SequenceTagger load() {
    return load(NameLists::read);
  }

  /**
   * The committed model with the bundled gazetteer, its typed names from the lists {@code
   * nameLists} gives (asked at most once, on another thread): a caller that needs the lists too
   * reads them once.
   */
  public static SequenceTagger load(Supplier<NameLists> nameLists) {
    try (InputStream in = SequenceTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the tagger model " + MODEL_RESOURCE + " is not on the classpath");
      }
      TaggerModel model = TaggerModel.read(in);
      return new SequenceTagger(model, BundledFeatures.of(model.groups(), nameLists));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tagger model " + MODEL_RESOURCE, e);
    }
  }

  /** A model (e.g. one just trained) with the bundled gazetteers and word classes. */
  public static SequenceTagger withBundledResources(TaggerModel model) {
    return new SequenceTagger(model, BundledFeatures.of(model.groups()));
  }

  public TaggerModel model() {
    return model;
  }

  /** Tags one document (its sentences, in order); the result has one IOB2 tag per word. */
  public String[][] tag(List<String[]> sentences) {
    int[][] bilou = tagIds(sentences);
    String[][] out = new String[bilou.length][];
    for (int s = 0; s < bilou.length; s++) {
      out[s] = Tags.toIob2(bilou[s]);
    }
    return out;
  }

  /** BILOU tag ids, as {@link #tag} finds them. */
  int[][] tagIds(List<String[]> sentences) {
    return fast.decode(sentences, twoPasses);
  }

  /** BILOU tag ids by the plain computation training uses (what {@link #tagIds} must equal). */
  int[][] referenceTagIds(List<String[]> sentences) {
    return twoPasses ? reference.decodeTwice(sentences, model) : reference.decode(sentences, model);
  }

  /** The fast path's integer sums of each token's static features (for the exactness test). */
  int[][] staticSums(List<String[]> sentences) {
    return fast.staticSums(sentences);
  }

  /**
   * The same sums by the plain computation: the model's weights of {@link Features#staticFeatures}.
   */
  int[][] referenceStaticSums(List<String[]> sentences) {
    Features features = reference.features();
    DocumentContext context = features.context(sentences);
    int[][] out = new int[sentences.size()][];
    for (int s = 0; s < out.length; s++) {
      long[][] keys = features.staticFeatures(sentences.get(s), context);
      out[s] = new int[keys.length * Tags.COUNT];
      for (int i = 0; i < keys.length; i++) {
        model.addWeights(keys[i], keys[i].length, out[s], i * Tags.COUNT);
      }
    }
    return out;
  }
}
