package io.newsflow.enrich.entity.tagger;

import static io.newsflow.enrich.entity.tagger.TemplateIds.BIAS;
import static io.newsflow.enrich.entity.tagger.TemplateIds.CAPS_SENTENCE;
import static io.newsflow.enrich.entity.tagger.TemplateIds.CLUSTER;
import static io.newsflow.enrich.entity.tagger.TemplateIds.CLUSTER_SHAPE;
import static io.newsflow.enrich.entity.tagger.TemplateIds.CLUSTER_WINDOW;
import static io.newsflow.enrich.entity.tagger.TemplateIds.DOCUMENT_NAME;
import static io.newsflow.enrich.entity.tagger.TemplateIds.FLAGS;
import static io.newsflow.enrich.entity.tagger.TemplateIds.GAZ;
import static io.newsflow.enrich.entity.tagger.TemplateIds.GAZ_WORD_SHAPE;
import static io.newsflow.enrich.entity.tagger.TemplateIds.LOWER;
import static io.newsflow.enrich.entity.tagger.TemplateIds.PREFIX;
import static io.newsflow.enrich.entity.tagger.TemplateIds.RUN_HEAD;
import static io.newsflow.enrich.entity.tagger.TemplateIds.SHAPE;
import static io.newsflow.enrich.entity.tagger.TemplateIds.SHAPE_WINDOW;
import static io.newsflow.enrich.entity.tagger.TemplateIds.SHORT_SHAPE;
import static io.newsflow.enrich.entity.tagger.TemplateIds.SUFFIX;
import static io.newsflow.enrich.entity.tagger.TemplateIds.TYPED;
import static io.newsflow.enrich.entity.tagger.TemplateIds.TYPED_SHAPE;
import static io.newsflow.enrich.entity.tagger.TemplateIds.TYPED_WINDOW;
import static io.newsflow.enrich.entity.tagger.TemplateIds.WINDOW;
import static io.newsflow.enrich.entity.tagger.TemplateIds.WORD;

import java.util.Set;

/**
 * The static feature templates: the keys of a token that depend only on the words of its sentence
 * and document, not on tags. Each key is labelled with the offset of the one word it depends on (0
 * = the token's own word, -2..+2 = a window neighbour, which may be past the sentence edge), or
 * {@link #CONTEXT} (several words, the sentence or the document), so that the tagger can sum the
 * weights of a word's own and window features once per word ({@link WordTable}) instead of once per
 * token. A new template only has to be labelled right to be folded; what a template uses of a word
 * must come from {@link WordForm} (a function of the word's text alone). ExactTaggingTest catches a
 * wrong label (the fast path's sums would differ from the reference's). Immutable.
 */
final class StaticTemplates {
  /** The label of a feature that depends on more than one word. */
  static final int CONTEXT = Integer.MIN_VALUE;

  /** Which of a token's static features to produce. */
  enum Part {
    ALL,
    WORD_LOCAL,
    CONTEXT
  }

  private static final String[] POS = {"-2", "-1", "+1", "+2"};

  private final Set<FeatureGroup> groups;

  /** {@code groups} is not copied: the caller must not change it. */
  StaticTemplates(Set<FeatureGroup> groups) {
    this.groups = groups;
  }

  private boolean on(FeatureGroup group) {
    return groups.contains(group);
  }

  /**
   * Token {@code i}'s static features, the {@code part} asked for, in the order training has always
   * used.
   */
  void tokenFeatures(
      Sentence sentence, int i, DocumentContext context, Part part, FeatureKeys out) {
    boolean local = part != Part.CONTEXT;
    boolean whole = part != Part.WORD_LOCAL;
    WordForm[] ws = sentence.words();
    WordForm w = ws[i];
    if (local) {
      out.add(0, FeatureHash.of(BIAS));
      out.add(0, FeatureHash.of(WORD, w.norm()));
      out.add(0, FeatureHash.of(LOWER, w.lower()));
    }
    if (on(FeatureGroup.SHAPE)) {
      if (local) {
        out.add(0, FeatureHash.of(SHAPE, w.shape()));
        out.add(0, FeatureHash.of(SHORT_SHAPE, w.shortShape()));
        out.add(-1, FeatureHash.of(SHAPE_WINDOW, "-1", shapeAt(ws, i - 1)));
        out.add(1, FeatureHash.of(SHAPE_WINDOW, "+1", shapeAt(ws, i + 1)));
      }
      if (whole) {
        // = FeatureHash.of(SHAPE_TRIGRAM, shapeAt(ws, i - 1), w.shape(), shapeAt(ws, i + 1))
        long afterTwo =
            FeatureHash.then(
                PrecomputedKeys.keyStartsAt(ws, i - 1)[PrecomputedKeys.SHAPE_TRIGRAM_START],
                w.shape());
        out.add(CONTEXT, FeatureHash.finish(afterTwo, shapeAt(ws, i + 1)));
      }
      if (local) {
        out.add(0, FeatureHash.of(FLAGS, WordShapes.flags(w.text())));
      }
    }
    if (local && on(FeatureGroup.AFFIXES)) {
      String l = w.lower();
      for (int len = 1; len <= 4 && len < l.length(); len++) {
        out.add(0, FeatureHash.of(PREFIX, l, 0, len));
        out.add(0, FeatureHash.of(SUFFIX, l, l.length() - len, l.length()));
      }
    }
    if (on(FeatureGroup.WINDOW)) {
      if (local) {
        out.add(-2, FeatureHash.of(WINDOW, POS[0], lowerAt(ws, i - 2)));
        out.add(-1, FeatureHash.of(WINDOW, POS[1], lowerAt(ws, i - 1)));
        out.add(1, FeatureHash.of(WINDOW, POS[2], lowerAt(ws, i + 1)));
        out.add(2, FeatureHash.of(WINDOW, POS[3], lowerAt(ws, i + 2)));
      }
      if (whole) {
        // = FeatureHash.of(BIGRAM, place k, first word, second word), the first one's part kept
        out.add(CONTEXT, FeatureHash.finish(PrecomputedKeys.keyStartsAt(ws, i - 1)[0], w.lower()));
        out.add(CONTEXT, FeatureHash.finish(w.keyStarts()[1], lowerAt(ws, i + 1)));
        out.add(
            CONTEXT,
            FeatureHash.finish(PrecomputedKeys.keyStartsAt(ws, i - 2)[2], lowerAt(ws, i - 1)));
        out.add(
            CONTEXT,
            FeatureHash.finish(PrecomputedKeys.keyStartsAt(ws, i + 1)[3], lowerAt(ws, i + 2)));
      }
    }
    if (whole && on(FeatureGroup.CAPS_CONTEXT)) {
      capitalisationFeatures(sentence, i, context, out);
    }
    String[] gaz = sentence.gazetteer();
    if (whole && gaz != null && gaz[i] != null) {
      for (String g : gaz[i].split(" ")) {
        out.add(CONTEXT, FeatureHash.of(GAZ, g));
        out.add(CONTEXT, FeatureHash.of(GAZ_WORD_SHAPE, g, w.shortShape()));
      }
      out.add(CONTEXT, FeatureHash.of(GAZ, "-1", at(gaz, i - 1)));
      out.add(CONTEXT, FeatureHash.of(GAZ, "+1", at(gaz, i + 1)));
    }
    if (local && on(FeatureGroup.CLUSTERS)) {
      String[] cls = w.classes();
      String fine = cls == null ? "?" : cls[1];
      out.add(0, FeatureHash.of(CLUSTER, "c", cls == null ? "?" : cls[0]));
      out.add(0, FeatureHash.of(CLUSTER, "f", fine));
      out.add(0, FeatureHash.of(CLUSTER_SHAPE, fine, w.shortShape()));
      out.add(-1, FeatureHash.of(CLUSTER_WINDOW, "-1", i == 0 ? "<s>" : fineClassOf(ws[i - 1])));
      out.add(
          1,
          FeatureHash.of(
              CLUSTER_WINDOW, "+1", i + 1 >= ws.length ? "</s>" : fineClassOf(ws[i + 1])));
      if (cls != null) {
        out.add(0, FeatureHash.of(CLUSTER, "ff", cls[2]));
      }
    }
    if (whole && sentence.typed() != null) {
      typedNameFeatures(sentence, i, out);
    }
    if (whole
        && context != null
        && !context.namesAround().isEmpty()
        && WordShapes.capitalised(w.text())) {
      Set<String> about = context.namesAround().get(w.lower());
      if (about != null) {
        for (String a : about) {
          out.add(CONTEXT, FeatureHash.of(DOCUMENT_NAME, a));
        }
      }
    }
  }

  /**
   * Capitalisation in context: first word, sentence in capitals, the word's case elsewhere in the
   * document.
   */
  private static void capitalisationFeatures(
      Sentence sentence, int i, DocumentContext context, FeatureKeys out) {
    WordForm w = sentence.words()[i];
    boolean caps = sentence.capitals();
    String text = w.text();
    int upper = bit(Character.isUpperCase(text.isEmpty() ? 'a' : text.charAt(0)));
    out.add(CONTEXT, PrecomputedKeys.FIRST_CAP_KEYS[bit(i == 0)][upper]);
    if (caps) {
      out.add(CONTEXT, PrecomputedKeys.CAPS_SENTENCE_ON);
      out.add(CONTEXT, FeatureHash.of(CAPS_SENTENCE, w.lower()));
    }
    if (context != null) {
      boolean seenLower = context.seenLower().contains(w.lowerText());
      boolean seenCap = context.seenCapitalised().contains(w.lowerText());
      out.add(CONTEXT, PrecomputedKeys.SEEN_LOWER_KEYS[bit(seenLower)][upper]);
      out.add(CONTEXT, PrecomputedKeys.SEEN_CAP_KEYS[bit(seenCap)][upper][bit(caps || i == 0)]);
    }
  }

  /**
   * Typed-name labels of the word and its neighbours, and the head of its capitalised run: several
   * words.
   */
  private static void typedNameFeatures(Sentence sentence, int i, FeatureKeys out) {
    String[][] typed = sentence.typed();
    String shortShape = sentence.words()[i].shortShape();
    for (String label : typed[i]) {
      out.add(CONTEXT, FeatureHash.of(TYPED, label));
      out.add(CONTEXT, FeatureHash.of(TYPED_SHAPE, label, shortShape));
    }
    if (i > 0) {
      for (String label : typed[i - 1]) {
        out.add(CONTEXT, FeatureHash.of(TYPED_WINDOW, "-1", label));
      }
    }
    if (i + 1 < typed.length) {
      for (String label : typed[i + 1]) {
        out.add(CONTEXT, FeatureHash.of(TYPED_WINDOW, "+1", label));
      }
    }
    String[] runHead = sentence.runHead();
    if (runHead != null && runHead[i] != null) {
      out.add(CONTEXT, FeatureHash.of(RUN_HEAD, runHead[i]));
    }
  }

  private static int bit(boolean value) {
    return value ? 1 : 0;
  }

  private static String fineClassOf(WordForm w) {
    return w.classes() == null ? "?" : w.classes()[1];
  }

  private static String lowerAt(WordForm[] ws, int i) {
    return i < 0 ? "<s>" : i >= ws.length ? "</s>" : ws[i].lower();
  }

  private static String shapeAt(WordForm[] ws, int i) {
    return i < 0 ? "<s>" : i >= ws.length ? "</s>" : ws[i].shape();
  }

  private static String at(String[] values, int i) {
    if (i < 0) {
      return "<s>";
    }
    if (i >= values.length) {
      return "</s>";
    }
    return values[i] == null ? "-" : values[i];
  }
}
