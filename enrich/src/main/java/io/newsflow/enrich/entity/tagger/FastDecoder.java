package io.newsflow.enrich.entity.tagger;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The decoder that runs in production: tags documents with fixed weights, giving exactly the tags
 * of {@link ReferenceDecoder} with less work. Why two decoders: training needs the plain
 * computation (every feature key of every token, float scores, a learner to update), which is easy
 * to check by reading; tagging needs speed, which takes caches and shortcuts that would be easy to
 * get subtly wrong. So the plain one stays the reference and this one must agree with it exactly:
 * {@code ExactTaggingTest} compares the two (the same integer sums per token, the same tags). Its
 * shortcuts:
 *
 * <ul>
 *   <li>a word's own and window features come summed per word from the {@link WordTable};
 *   <li>scores are summed as integers and scaled once per token, as {@link TaggerModel#score} does;
 *   <li>with two passes, a token's static sums are computed once for both, and a sentence whose
 *       words all see the same document memory in the second pass as in the first is not decoded
 *       again: its emission and transition scores, hence its best sequence, are the same; one whose
 *       words do from some token on is decoded again from that token, continuing the first pass's
 *       Viterbi lattice (the scores before it are the same, so is the lattice);
 *   <li>Viterbi visits only legal transitions ({@link GroupedViterbi}).
 * </ul>
 *
 * Immutable and thread-safe; the per-document work lives in a {@link Document}.
 */
final class FastDecoder {
  private static final int COUNT = Tags.COUNT;

  /** A memory value: the word has not been given a type yet in this document. */
  private static final int UNSEEN = Integer.MIN_VALUE;

  private final Features features;
  private final TaggerModel model;
  private final WordTable words;
  private final float scale;

  /**
   * The transition scores of any word, at previous * COUNT + tag (previous = COUNT at the sentence
   * start).
   */
  private final float[] previousTagScores;

  private final GroupedViterbi viterbi;

  FastDecoder(Features features, TaggerModel model, WordTable words) {
    this.features = features;
    this.model = model;
    this.words = words;
    this.scale = model.scale();
    previousTagScores = words.previousTagScores();
    viterbi = new GroupedViterbi();
  }

  /**
   * BILOU tag ids for each sentence, in one pass or two (see {@link ReferenceDecoder#decodeTwice}).
   */
  int[][] decode(List<String[]> sentences, boolean twoPasses) {
    Document doc = new Document(sentences, twoPasses);
    int[] order = doc.order();
    int[][] first = new int[sentences.size()][];
    for (int s : order) {
      first[s] = doc.tagFirst(s);
    }
    if (!twoPasses) {
      return first;
    }
    // the second pass starts with the memory the first left, and updates it as it goes
    int[][] second = new int[sentences.size()][];
    for (int s : order) {
      int from = doc.firstChanged(s);
      second[s] = from == sentences.get(s).length ? first[s] : doc.tagAgain(s, from);
      doc.remember(s, second[s]);
    }
    return second;
  }

  /** Each token's integer sums of its static features, sentence by sentence (for tests). */
  int[][] staticSums(List<String[]> sentences) {
    Document doc = new Document(sentences, false);
    for (int s = 0; s < sentences.size(); s++) {
      doc.prepare(s);
    }
    return doc.staticSums;
  }

  /** One document's words, scores and memory while it is tagged. */
  private final class Document {
    private final List<String[]> sentences;
    private final DocumentContext context;
    private final Map<String, WordTable.Entry> unknown = new HashMap<>();
    private final WordTable.Entry[][] entries;
    private final WordForm[][] forms;

    /** Per token: the integer sums of its static features (both passes use them). */
    private final int[][] staticSums;

    /** Per token: its slot in {@link #memory} (words with the same memory key share one). */
    private final int[][] memorySlot;

    /** Per token: the memory value the first pass saw. */
    private final int[][] firstSeen;

    /**
     * With two passes, per sentence: the first pass's Viterbi lattice (best scores and back
     * pointers), which the second continues from the first token whose scores changed.
     */
    private final float[][] firstBest;

    private final int[][] firstBack;
    private int[] memory = new int[64];
    private final LongIntMap slotOfMemoryId = new LongIntMap(256);
    private final Map<String, Integer> slotOfOtherKey = new HashMap<>();
    private int slotCount;
    private float[] emit = new float[0];
    private float[] workBest = new float[0];
    private int[] workBack = new int[0];
    private float[][] transition = new float[0][];
    private final FeatureKeys keys = new FeatureKeys(64);
    private int[] slots = new int[64];

    Document(List<String[]> sentences, boolean twoPasses) {
      this.sentences = sentences;
      int n = sentences.size();
      firstBest = twoPasses ? new float[n][] : null;
      firstBack = twoPasses ? new int[n][] : null;
      entries = new WordTable.Entry[n][];
      forms = new WordForm[n][];
      staticSums = new int[n][];
      memorySlot = new int[n][];
      firstSeen = new int[n][];
      Arrays.fill(memory, UNSEEN);
      for (int s = 0; s < n; s++) {
        lookUp(s);
      }
      context = features.context(sentences, forms);
    }

    /**
     * Finds the words of sentence s in the table (or computes them) and gives each its memory slot.
     */
    private void lookUp(int s) {
      String[] text = sentences.get(s);
      int n = text.length;
      WordTable.Entry[] es = new WordTable.Entry[n];
      WordForm[] ws = new WordForm[n];
      int[] slotOf = new int[n];
      for (int i = 0; i < n; i++) {
        WordTable.Entry e = words.get(text[i]);
        if (e == null) {
          e = unknown.computeIfAbsent(text[i], words::compute);
        }
        es[i] = e;
        ws[i] = e.word();
        slotOf[i] = slot(e);
      }
      entries[s] = es;
      forms[s] = ws;
      memorySlot[s] = slotOf;
    }

    /**
     * As {@link ReferenceDecoder#order}: sentences with case information first, all-caps ones
     * after.
     */
    int[] order() {
      int n = sentences.size();
      int[] order = new int[n];
      int k = 0;
      for (int caps = 0; caps < 2; caps++) {
        for (int s = 0; s < n; s++) {
          if (WordShapes.mostlyUpperCase(forms[s]) == (caps == 1)) {
            order[k++] = s;
          }
        }
      }
      return order;
    }

    /**
     * Tags sentence s in the first pass: sums its static features, decodes it and remembers its
     * tags.
     */
    int[] tagFirst(int s) {
      prepare(s);
      int n = entries[s].length;
      int[] seen = new int[n];
      for (int i = 0; i < n; i++) {
        seen[i] = memory[memorySlot[s][i]];
      }
      firstSeen[s] = seen;
      int[] tags;
      if (firstBest != null) {
        firstBest[s] = new float[n * COUNT];
        firstBack[s] = new int[n * COUNT];
        tags = decode(s, 0, firstBest[s], firstBack[s]);
      } else {
        growWorkSpace(n);
        tags = decode(s, 0, workBest, workBack);
      }
      remember(s, tags);
      return tags;
    }

    /**
     * Tags sentence s again in the second pass, from token {@code from} on ({@link #firstChanged}):
     * the tokens before it score as in the first pass, so the lattice up to them stands.
     */
    int[] tagAgain(int s, int from) {
      return decode(s, from, firstBest[s], firstBack[s]);
    }

    /**
     * Scores the tokens of sentence s from {@code from} on with the current memory, and decodes it.
     */
    private int[] decode(int s, int from, float[] best, int[] back) {
      WordTable.Entry[] es = entries[s];
      int n = es.length;
      growWorkSpace(n);
      int[] statics = staticSums[s];
      int[] slotsOf = memorySlot[s];
      for (int i = from; i < n; i++) {
        WordTable.Entry e = es[i];
        int at = i * COUNT;
        int remembered = memory[slotsOf[i]];
        if (remembered == UNSEEN) {
          for (int t = 0; t < COUNT; t++) {
            emit[at + t] = statics[at + t] * scale;
          }
        } else {
          int[] memorySums = e.memorySums();
          int block = (remembered + 1) * COUNT;
          for (int t = 0; t < COUNT; t++) {
            emit[at + t] = (statics[at + t] + memorySums[block + t]) * scale;
          }
        }
        transition[i] = e.transitions() == null ? previousTagScores : e.transitions();
      }
      return viterbi.decode(n, from, emit, transition, best, back);
    }

    private void growWorkSpace(int n) {
      if (emit.length < n * COUNT) {
        int capacity = Math.max(n, 32) * COUNT;
        emit = new float[capacity];
        workBest = new float[capacity];
        workBack = new int[capacity];
        transition = new float[capacity / COUNT][];
      }
    }

    /** Sums the static features of each token of sentence s. */
    void prepare(int s) {
      WordTable.Entry[] es = entries[s];
      int n = es.length;
      Sentence sentence = features.sentence(forms[s], context.typedLabels().get(sentences.get(s)));
      int[] statics = new int[n * COUNT];
      int[] edges = words.edges();
      for (int i = 0; i < n; i++) {
        int at = i * COUNT;
        // the token's own block, and what each neighbour -2..+2 adds at its offset (one loop, one
        // store)
        int[] own = es[i].sums();
        int[] m2 = i < 2 ? edges : es[i - 2].sums();
        int[] m1 = i < 1 ? edges : es[i - 1].sums();
        int[] p1 = i + 1 >= n ? edges : es[i + 1].sums();
        int[] p2 = i + 2 >= n ? edges : es[i + 2].sums();
        int om2 = WordTable.block(-2) * COUNT;
        int om1 = WordTable.block(-1) * COUNT;
        int op1 = WordTable.block(1) * COUNT;
        int op2 = WordTable.block(2) * COUNT;
        for (int t = 0; t < COUNT; t++) {
          statics[at + t] = own[t] + m2[om2 + t] + m1[om1 + t] + p1[op1 + t] + p2[op2 + t];
        }
        keys.clear();
        features.tokenFeatures(sentence, i, context, StaticTemplates.Part.CONTEXT, keys);
        if (slots.length < keys.size()) {
          slots = new int[keys.size() * 2];
        }
        model.addWeights(keys.keys(), keys.size(), statics, at, slots);
      }
      staticSums[s] = statics;
    }

    /** The word's memory slot: one per memory key (lower-case form) in the document. */
    private int slot(WordTable.Entry e) {
      int slot;
      if (e.memoryId() >= 0) {
        slot = slotOfMemoryId.get(e.memoryId() + 1L);
        if (slot < 0) {
          slot = slotCount++;
          slotOfMemoryId.put(e.memoryId() + 1L, slot);
        }
      } else {
        Integer known = slotOfOtherKey.get(e.word().lower());
        if (known == null) {
          known = slotCount++;
          slotOfOtherKey.put(e.word().lower(), known);
        }
        slot = known;
      }
      if (slot == memory.length) {
        memory = Arrays.copyOf(memory, slot * 2);
        Arrays.fill(memory, slot, memory.length, UNSEEN);
      }
      return slot;
    }

    void remember(int s, int[] tags) {
      String[] text = sentences.get(s);
      for (int i = 0; i < tags.length; i++) {
        if (features.remembers(text[i])) {
          memory[memorySlot[s][i]] = Tags.type(tags[i]);
        }
      }
    }

    /**
     * The first token of sentence s that sees now another memory value than in the first pass (n if
     * none).
     */
    int firstChanged(int s) {
      int[] seen = firstSeen[s];
      int[] slotOf = memorySlot[s];
      for (int i = 0; i < seen.length; i++) {
        if (memory[slotOf[i]] != seen[i]) {
          return i;
        }
      }
      return seen.length;
    }
  }
}
