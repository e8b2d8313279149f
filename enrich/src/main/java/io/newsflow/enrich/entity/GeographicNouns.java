package io.newsflow.enrich.entity;

import java.util.Locale;
import java.util.Set;

/**
 * A name right before a lower-case geographic noun is a place: "the Reykjanes peninsula", "the
 * Panjshir valley", "the Kerch strait", "the Kursk region". The tagger's training text has few of
 * these nouns after a name ("peninsula" never), so it types an unseen name by its look alone.
 * CoNLL-2003 train annotates 29 of the 43 names in this position as places; 9 are adjectives
 * ("Kurdish region", "Mediterranean island": MISC), which this rule leaves as they are, 3 part of a
 * longer name ("East coast") and 2 not names ("The volcano" opening a sentence).
 */
final class GeographicNouns {
  private static final Set<String> NOUNS =
      Set.of(
          "peninsula",
          "island",
          "islands",
          "isles",
          "archipelago",
          "atoll",
          "bay",
          "gulf",
          "strait",
          "straits",
          "river",
          "lake",
          "coast",
          "valley",
          "mountains",
          "mountain",
          "hills",
          "plateau",
          "desert",
          "delta",
          "basin",
          "glacier",
          "fjord",
          "volcano",
          "region",
          "province");

  /** A lower-case noun for a kind of place: "peninsula", "river", "region". */
  static boolean geographic(String word) {
    return NOUNS.contains(word);
  }

  /** Endings of adjectives of place: "Colombian", "Korean", "Kurdish", "Chinese", "Arctic". */
  private static final String[] ADJECTIVE_ENDINGS = {"ian", "ean", "ish", "ese", "ic"};

  private final Set<String> demonyms;

  /** {@code demonyms}: lower-cased adjectives of countries ("norwegian"). */
  GeographicNouns(Set<String> demonyms) {
    this.demonyms = demonyms;
  }

  void correct(String[] words, String[] tags) {
    dropTrailingNouns(words, tags);
    for (int k = 0; k + 1 < words.length; k++) {
      if (!NOUNS.contains(words[k + 1]) || !IobSpans.nameLike(words[k]) || adjective(words[k])) {
        continue;
      }
      if (!IobSpans.outside(tags[k])) {
        int start = IobSpans.start(tags, k);
        if (IobSpans.end(tags, start) == k + 1) {
          IobSpans.retype(tags, start, k + 1, "LOC");
        }
      } else if (k > 0) {
        // a sentence's first word is capitalised whatever it is ("The volcano")
        int start = k;
        while (start > 1
            && IobSpans.outside(tags[start - 1])
            && IobSpans.nameLike(words[start - 1])) {
          start--;
        }
        IobSpans.retype(tags, start, k + 1, "LOC");
      }
    }
  }

  /**
   * "Kamchatka peninsula" tagged as one name is "Kamchatka": CoNLL-2003 leaves a lower-case noun
   * out of the name ("Kunar river", "Kashmir valley").
   */
  private static void dropTrailingNouns(String[] words, String[] tags) {
    for (int k = 1; k < words.length; k++) {
      if (NOUNS.contains(words[k])
          && tags[k].startsWith("I-")
          && (k + 1 == tags.length || !tags[k + 1].startsWith("I-"))) {
        tags[k] = "O";
      }
    }
  }

  private boolean adjective(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (demonyms.contains(lower)) {
      return true;
    }
    for (String ending : ADJECTIVE_ENDINGS) {
      if (lower.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }
}
