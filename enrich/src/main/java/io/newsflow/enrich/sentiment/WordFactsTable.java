package io.newsflow.enrich.sentiment;

import io.newsflow.enrich.table.LongKeyTable;
import java.util.Collection;

/**
 * All a sentence's tokens need of a word, for a fixed vocabulary: its VADER valence and part in
 * VADER's rules (a {@link TokenLexicon}, which cutting the sentence reads) and its {@link
 * SentimentFeatures.WordFacts}, keyed by the word's 64-bit id ({@link FeatureIds#word}, which
 * scoring needs anyway for word pairs), in one flat array ({@link LongKeyTable}): a slot is the key
 * followed by the facts as floats, two to a long (32 bytes with the three weight channels), so that
 * one look-up per token reads one place, where a lexicon of strings and then a table of facts read
 * several. The weights of a word's negated form, needed only within a negation's scope, are not
 * here: the scorer looks them up in the model's weights then. Read-only once built.
 */
final class WordFactsTable implements TokenLexicon {
  // Per slot: key (the id itself); own weights (one per channel), WordNet valence, MiniLM valence,
  // and a code: the VaderWords flags in the low byte, above them 1 + the index of the VADER valence
  // in `rated` (0: VADER does not rate the word). The valences are few (73), and as an index the
  // double fits in a float and the slot in 32 bytes.
  private final long[] slots;
  private final int mask;
  private final int stride;
  private final int channels;
  private final double[] rated;
  // The ids of the words with punctuation at an edge (VADER's emoticons): a token with punctuation
  // there, one in seven, is looked up here first, in a table small enough to stay in the cache.
  private final LongKeyTable punctuated;

  /**
   * The table of the words of {@code facts}, those with punctuation at an edge ({@link
   * VaderTokens#isPunctuated}) among them having the ids {@code punctuatedIds}.
   */
  WordFactsTable(
      Collection<SentimentFeatures.WordFacts> facts, int channels, long[] punctuatedIds) {
    this.channels = channels;
    punctuated = new LongKeyTable(punctuatedIds.length, 0);
    for (long id : punctuatedIds) {
      punctuated.add(id == 0 ? 1 : id);
    }
    rated =
        facts.stream()
            .mapToDouble(SentimentFeatures.WordFacts::vader)
            .filter(v -> !Double.isNaN(v))
            .distinct()
            .toArray();
    LongKeyTable table = new LongKeyTable(facts.size(), PackedFloats.slotLength(channels + 3) - 1);
    for (SentimentFeatures.WordFacts f : facts) {
      if (f.id() == 0 || f.id() == 1) { // 0 marks an empty slot: the key could not be the id
        throw new IllegalArgumentException("a word's id is " + f.id());
      }
      table.add(f.id());
    }
    slots = table.slots();
    mask = table.mask();
    stride = table.stride();
    for (SentimentFeatures.WordFacts f : facts) {
      int at = find(f.id());
      for (int c = 0; c < channels; c++) {
        set(at, c, f.ownWeights()[c]);
      }
      set(at, channels, f.wordnet());
      set(at, channels + 1, f.minilm());
      set(at, channels + 2, code(f));
    }
  }

  private int code(SentimentFeatures.WordFacts f) {
    int index = 0;
    while (index < rated.length && Double.compare(rated[index], f.vader()) != 0) {
      index++;
    }
    int valence = index < rated.length ? index + 1 : 0;
    return valence << 8 | f.rules();
  }

  private void set(int slot, int field, double value) {
    PackedFloats.set(slots, slot, field, (float) value);
  }

  private float get(int slot, int field) {
    return PackedFloats.get(slots, slot, field);
  }

  private int code(int slot) {
    return (int) get(slot, channels + 2); // a whole number below 2^24: exact as a float
  }

  /** The slot of the word with this id, or {@link #ABSENT}. */
  int find(long id) {
    return LongKeyTable.find(slots, stride, mask, id == 0 ? 1 : id);
  }

  @Override
  public int entry(String lowerCaseToken) {
    return find(FeatureIds.word(lowerCaseToken));
  }

  @Override
  public int punctuatedEntry(String lowerCaseToken) {
    long id = FeatureIds.word(lowerCaseToken);
    return punctuated.find(id == 0 ? 1 : id) == ABSENT ? ABSENT : find(id);
  }

  @Override
  public double valenceOrNaN(int slot) {
    int valence = code(slot) >>> 8;
    return valence == 0 ? Double.NaN : rated[valence - 1];
  }

  @Override
  public int rules(int slot) {
    return code(slot) & 0xFF;
  }

  /** The word's id ({@link FeatureIds#word}). */
  long id(int slot) {
    return slots[slot];
  }

  /** Adds the word's own weights to {@code sums}, one per channel. */
  void addOwnWeights(int slot, double[] sums) {
    PackedFloats.addTo(slots, slot, sums); // the own weights come first, one per channel
  }

  double wordnet(int slot) {
    return get(slot, channels);
  }

  double minilm(int slot) {
    return get(slot, channels + 1);
  }

  boolean negation(int slot) {
    return (rules(slot) & VaderWords.NEGATES) != 0;
  }
}
