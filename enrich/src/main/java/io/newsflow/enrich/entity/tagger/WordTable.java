package io.newsflow.enrich.entity.tagger;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per word, the summed integer weights of the static features that depend on that word alone: its
 * own (word, affixes, shape, classes...) and, for each window offset, what it adds to the token
 * that far away (the window word, its shape and class). About half of a token's features are of
 * this kind; with them folded, a known word costs one map look-up instead of some thirty hashes and
 * table reads. Kept for a fixed vocabulary (the word-class vocabulary in three casings,
 * punctuation, numbers...), each word's entry computed the first time it is met; other words are
 * computed by {@link #compute} (the tagger keeps those for one document). The sums are integer sums
 * of the model's 16-bit weights, so using them is exact. Thread-safe; what it holds is a function
 * of the model alone.
 */
final class WordTable {
  /** Window offsets, in the order of {@link Entry#sums}' blocks after the word's own block. */
  private static final int[] OFFSETS = {-2, -1, 1, 2};

  /**
   * Tokens the tokenizer makes that are not in the word-class vocabulary (which has whole words
   * only).
   */
  private static final String[] CLITICS = {
    "'s", "'S", "’s", "n't", "N'T", "'re", "'ll", "'ve", "'m", "'d", "``", "''", "“", "”", "‘", "’",
    "--", "—", "–", "...", "…"
  };

  /**
   * One word: its forms, its folded sums ({@link #blocks()} blocks of {@link Tags#COUNT}: its own
   * features, then what it adds to the token at offset -2, -1, +1, +2 from it), and the scores of
   * the transitions into it, at {@code previous * Tags.COUNT + tag} (previous = Tags.COUNT at the
   * sentence start), or null when the model has no transition weights for this word (then {@link
   * #previousTagScores()} are its scores); {@code memoryId} numbers the word's document-memory key
   * (its lower-case form) by its slot in the vocabulary, -1 when the vocabulary does not have it;
   * {@code memorySums} holds the sums of its document-memory features for each type it may have
   * been given (block {@code type + 1}, type -1 = O), shared by all words of its short shape.
   */
  record Entry(WordForm word, int[] sums, float[] transitions, int memoryId, int[] memorySums) {}

  private final Features features;
  private final TaggerModel model;

  /** The vocabulary's slots in {@link #entries}. */
  private final WordIndex vocabulary;

  /**
   * By vocabulary slot, each word's entry, filled when the word is first met (so that loading stays
   * fast): at most one entry per vocabulary word, whatever the text.
   */
  private final Entry[] entries;

  /**
   * Numbers outside the vocabulary by digit pattern ("00.00"), each with the entry of the first
   * number met of that pattern (see {@link #isNumber}): numbers are more than a quarter of the
   * words outside the vocabulary of a news document (CoNLL valid), and their patterns recur across
   * documents as the numbers do not. Bounded, as it fills with what is met.
   */
  private final Map<String, Entry> numbers = new ConcurrentHashMap<>();

  private static final int MAX_NUMBER_PATTERNS = 10_000;

  /** The memory features' sums by short shape, the one thing they use of a word (filled as met). */
  private final Map<String, int[]> memorySumsByShape = new ConcurrentHashMap<>();

  /**
   * The transition scores of any word, at previous * Tags.COUNT + tag (previous = Tags.COUNT at the
   * start).
   */
  private final float[] previousTagScores;

  /**
   * The sums of the window features of a token whose neighbour at each offset is past the sentence
   * edge.
   */
  private final int[] edges;

  private WordTable(Features features, TaggerModel model, Collection<String> vocabulary) {
    this.features = features;
    this.model = model;
    long[] single = new long[1];
    previousTagScores = new float[(Tags.COUNT + 1) * Tags.COUNT];
    float[] row = new float[Tags.COUNT];
    for (int p = 0; p <= Tags.COUNT; p++) {
      Arrays.fill(row, 0);
      int c = features.previousTagFeature(single, p == Tags.COUNT ? -1 : p);
      model.score(single, c, row);
      System.arraycopy(row, 0, previousTagScores, p * Tags.COUNT, Tags.COUNT);
    }
    this.vocabulary = new WordIndex(vocabulary);
    this.entries = new Entry[this.vocabulary.capacity()];
    this.edges = edgeSums(new FeatureKeys(160));
  }

  /**
   * The table for {@code lowerWords} (the word classes' vocabulary) in lower case, Capitalised and
   * UPPER case, punctuation, clitics, common numbers, initials and two-letter abbreviations.
   */
  static WordTable build(Features features, TaggerModel model, Set<String> lowerWords) {
    Set<String> vocabulary = new LinkedHashSet<>(lowerWords.size() * 3);
    for (String w : lowerWords) {
      vocabulary.add(w);
      vocabulary.add(w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
      vocabulary.add(w.toUpperCase(Locale.ROOT));
    }
    vocabulary.addAll(java.util.List.of(CLITICS));
    for (char c = '!'; c <= '~'; c++) {
      if (!Character.isLetterOrDigit(c)) {
        vocabulary.add(String.valueOf(c)); // punctuation
      }
    }
    for (int number = 0; number <= 100; number++) {
      vocabulary.add(Integer.toString(number));
      vocabulary.add(number + "."); // list items, ordinals
      vocabulary.add(number / 10 + "-" + number % 10); // scores
    }
    for (int year = 1900; year <= 2100; year++) {
      vocabulary.add(Integer.toString(year));
    }
    for (char a = 'A'; a <= 'Z'; a++) {
      vocabulary.add(a + "."); // initials
      for (char b = 'A'; b <= 'Z'; b++) {
        vocabulary.add(a + "." + b + "."); // abbreviations: U.S., U.N.
      }
    }
    return new WordTable(features, model, vocabulary);
  }

  static int blocks() {
    return 1 + OFFSETS.length;
  }

  /** The block of {@link Entry#sums} for a window offset (-2..2, 0 = the word's own features). */
  static int block(int offset) {
    return offset < 0 ? offset + 3 : offset == 0 ? 0 : offset + 2;
  }

  /** How many words the vocabulary has. */
  int size() {
    return vocabulary.size();
  }

  /**
   * The entry of a vocabulary word (computed once, when first asked for), or null for other words.
   */
  Entry get(String word) {
    int slot = vocabulary.slotOf(word);
    if (slot < 0) {
      return null;
    }
    // racy but safe, as String.hashCode: an Entry is immutable, so a thread that sees it sees it
    // whole, and two threads that both compute it compute the same
    Entry e = entries[slot];
    if (e == null) {
      e = compute(word);
      entries[slot] = e;
    }
    return e;
  }

  /**
   * The entry of any word, computed now (what {@link #get} holds for vocabulary words), or, for a
   * number outside the vocabulary, with the sums of the first number of its digit pattern.
   */
  Entry compute(String word) {
    if (!isNumber(word)) {
      return compute(word, new FeatureKeys(160), new long[1]);
    }
    String pattern = WordShapes.normalise(word);
    Entry shared = numbers.get(pattern);
    if (shared == null) {
      shared = compute(word, new FeatureKeys(160), new long[1]);
      if (numbers.size() < MAX_NUMBER_PATTERNS) {
        numbers.put(pattern, shared);
      }
    }
    return shared.word().text().equals(word)
        ? shared
        : new Entry(
            features.word(word),
            shared.sums(),
            shared.transitions(),
            shared.memoryId(),
            shared.memorySums());
  }

  /**
   * Whether the word is ASCII digits and punctuation, with a digit ("3.5", "1,200", "12:30"): then
   * everything {@link #compute} sums depends on its digit pattern alone ({@link Features#normalise}
   * turns every digit into 0; shape and flags see only digits; no letters, no quotes to fold).
   */
  static boolean isNumber(String word) {
    boolean digit = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c < '!' || c > '~' || Character.isLetter(c) || c == '`') {
        return false;
      }
    }
    return digit;
  }

  /**
   * The window sums for a neighbour past the sentence edge, at {@code edges()[block(offset) *
   * COUNT]}.
   */
  int[] edges() {
    return edges;
  }

  private Entry compute(String text, FeatureKeys keys, long[] single) {
    WordForm word = features.word(text);
    // the middle token of five copies of the word has the word at every window offset
    Sentence probe = new Sentence(new WordForm[] {word, word, word, word, word}, null, false);
    keys.clear();
    features.tokenFeatures(probe, 2, null, StaticTemplates.Part.WORD_LOCAL, keys);
    // all look-ups first, then the additions: the look-ups' cache misses overlap
    int[] slots = new int[keys.size()];
    for (int k = 0; k < slots.length; k++) {
      slots[k] = model.slotOf(keys.key(k));
    }
    int[] sums = new int[blocks() * Tags.COUNT];
    for (int k = 0; k < slots.length; k++) {
      if (slots[k] >= 0) {
        model.addSlot(slots[k], sums, block(keys.label(k)) * Tags.COUNT);
      }
    }
    // a memory key (lower case) in the vocabulary is numbered by its slot, which loading has
    // already computed; other keys go by their string, which gives the same memory slots
    int memoryId = vocabulary.slotOf(word.lower());
    int[] memorySums = memorySumsByShape.computeIfAbsent(word.shortShape(), this::memorySums);
    return new Entry(
        word, sums, transitions(features.transitionWordKey(text), single), memoryId, memorySums);
  }

  private int[] memorySums(String shortShape) {
    int[] sums = new int[(1 + Tags.TYPES.length) * Tags.COUNT];
    if (features.usesMemory()) {
      long[] keys = new long[2];
      for (int type = -1; type < Tags.TYPES.length; type++) {
        int c = features.memoryFeatures(keys, 0, type, shortShape);
        model.addWeights(keys, c, sums, (type + 1) * Tags.COUNT);
      }
    }
    return sums;
  }

  /**
   * As the reference decoder's transition scores of a word: the word-independent ones plus the
   * word's own.
   */
  private float[] transitions(long wordKey, long[] single) {
    int[] slots = new int[Tags.COUNT + 1];
    boolean any = false;
    for (int p = 0; p <= Tags.COUNT; p++) {
      int c = features.previousTagWordFeature(single, p == Tags.COUNT ? -1 : p, wordKey);
      slots[p] = c == 0 ? -1 : model.slotOf(single[0]);
      any |= slots[p] >= 0;
    }
    if (!any) {
      return null;
    }
    float[] out = previousTagScores.clone();
    float scale = model.scale();
    int[] weights = new int[Tags.COUNT];
    for (int p = 0; p <= Tags.COUNT; p++) {
      if (slots[p] >= 0) {
        // as model.score adds the one feature's weights to the row: integer weight times the scale
        java.util.Arrays.fill(weights, 0);
        model.addSlot(slots[p], weights, 0);
        for (int t = 0; t < Tags.COUNT; t++) {
          out[p * Tags.COUNT + t] += weights[t] * scale;
        }
      }
    }
    return out;
  }

  float[] previousTagScores() {
    return previousTagScores;
  }

  private int[] edgeSums(FeatureKeys keys) {
    // a one-word sentence: every neighbour is past an edge
    Sentence alone = new Sentence(new WordForm[] {features.word("")}, null, false);
    keys.clear();
    features.tokenFeatures(alone, 0, null, StaticTemplates.Part.WORD_LOCAL, keys);
    int[] sums = new int[blocks() * Tags.COUNT];
    long[] single = new long[1];
    for (int k = 0; k < keys.size(); k++) {
      if (keys.label(k) != 0) {
        single[0] = keys.key(k);
        model.addWeights(single, 1, sums, block(keys.label(k)) * Tags.COUNT);
      }
    }
    return sums;
  }
}
