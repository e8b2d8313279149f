package io.newsflow.enrich.sentiment;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words VADER's rules single out (negations, boosters and dampeners, the last words of idioms),
 * as flags of one int, so that a token's part in the rules is found once, with its valence (see
 * {@link TokenLexicon#rules}), rather than by a look-up per rule and per window it falls in.
 */
final class VaderWords {
  static final int BOOSTS = 1;
  static final int DAMPENS = 2;
  static final int NEGATES = 4;
  static final int ENDS_IDIOM = 8;

  // Unmodifiable views of a HashSet/HashMap rather than Set.of/Map.of: the reference path (VADER
  // alone, training) looks up every token it does not know, and Set.of/Map.of probe more slowly.
  private static final Set<String> NEGATIONS =
      Collections.unmodifiableSet(
          new HashSet<>(
              Arrays.asList(
                  "aint",
                  "arent",
                  "cannot",
                  "cant",
                  "couldnt",
                  "darent",
                  "didnt",
                  "doesnt",
                  "dont",
                  "hadnt",
                  "hasnt",
                  "havent",
                  "isnt",
                  "mightnt",
                  "mustnt",
                  "neednt",
                  "oughtnt",
                  "shant",
                  "shouldnt",
                  "wasnt",
                  "werent",
                  "wont",
                  "wouldnt",
                  "neither",
                  "never",
                  "none",
                  "nope",
                  "nor",
                  "not",
                  "nothing",
                  "nowhere",
                  "uhuh",
                  "uh-uh",
                  "without",
                  "rarely",
                  "seldom",
                  "despite")));

  /** +1 boosts, -1 dampens. */
  private static final Map<String, Integer> BOOSTERS =
      Collections.unmodifiableMap(
          new HashMap<>(
              Map.ofEntries(
                  boost("absolutely"),
                  boost("amazingly"),
                  boost("awfully"),
                  boost("completely"),
                  boost("considerable"),
                  boost("considerably"),
                  boost("decidedly"),
                  boost("deeply"),
                  boost("enormous"),
                  boost("enormously"),
                  boost("entirely"),
                  boost("especially"),
                  boost("exceptional"),
                  boost("exceptionally"),
                  boost("extreme"),
                  boost("extremely"),
                  boost("fabulously"),
                  boost("flipping"),
                  boost("freaking"),
                  boost("fricking"),
                  boost("frigging"),
                  boost("fully"),
                  boost("fucking"),
                  boost("greatly"),
                  boost("hella"),
                  boost("highly"),
                  boost("hugely"),
                  boost("incredible"),
                  boost("incredibly"),
                  boost("intensely"),
                  boost("major"),
                  boost("majorly"),
                  boost("more"),
                  boost("most"),
                  boost("particularly"),
                  boost("purely"),
                  boost("quite"),
                  boost("really"),
                  boost("remarkably"),
                  boost("so"),
                  boost("substantially"),
                  boost("thoroughly"),
                  boost("total"),
                  boost("totally"),
                  boost("tremendous"),
                  boost("tremendously"),
                  boost("uber"),
                  boost("unbelievably"),
                  boost("unusually"),
                  boost("utter"),
                  boost("utterly"),
                  boost("very"),
                  damp("almost"),
                  damp("barely"),
                  damp("hardly"),
                  damp("kinda"),
                  damp("kindof"),
                  damp("kind-of"),
                  damp("less"),
                  damp("little"),
                  damp("marginal"),
                  damp("marginally"),
                  damp("occasional"),
                  damp("occasionally"),
                  damp("partly"),
                  damp("scarce"),
                  damp("scarcely"),
                  damp("slight"),
                  damp("slightly"),
                  damp("somewhat"),
                  damp("sorta"),
                  damp("sortof"),
                  damp("sort-of"))));

  /** Idioms whose meaning is not the sum of their words; they replace the last word's valence. */
  static final Map<String, Double> IDIOMS =
      Map.of(
          "the shit",
          3.0,
          "the bomb",
          3.0,
          "bad ass",
          1.5,
          "yeah right",
          -2.0,
          "kiss of death",
          -1.5,
          "to die for",
          3.0,
          "cut the mustard",
          2.0,
          "hand to mouth",
          -2.0,
          "broken heart",
          -2.9);

  /** The last words of the idioms: only tokens among them need the phrase look-up. */
  private static final Set<String> IDIOM_ENDINGS =
      IDIOMS.keySet().stream()
          .map(p -> p.substring(p.lastIndexOf(' ') + 1))
          .collect(
              Collectors.collectingAndThen(
                  Collectors.toCollection(HashSet::new), Collections::unmodifiableSet));

  private static Map.Entry<String, Integer> boost(String word) {
    return Map.entry(word, 1);
  }

  private static Map.Entry<String, Integer> damp(String word) {
    return Map.entry(word, -1);
  }

  private VaderWords() {}

  /** The flags of a lower-case token. */
  static int flags(String lower) {
    Integer direction = BOOSTERS.get(lower);
    int flags = direction == null ? 0 : direction > 0 ? BOOSTS : DAMPENS;
    if (isNegation(lower)) {
      flags |= NEGATES;
    }
    if (IDIOM_ENDINGS.contains(lower)) {
      flags |= ENDS_IDIOM;
    }
    return flags;
  }

  /** Every word with a flag, bar the negations spelt with "n't", which are any number. */
  static Set<String> words() {
    Set<String> words = new HashSet<>(NEGATIONS);
    words.addAll(BOOSTERS.keySet());
    words.addAll(IDIOM_ENDINGS);
    return words;
  }

  static boolean isNegation(String lower) {
    return NEGATIONS.contains(lower)
        || (lower.indexOf('\'') > 0 && lower.contains("n't"))
        || (lower.indexOf('’') > 0 && lower.contains("n’t"));
  }

  /** +1 for a booster, -1 for a dampener, 0 for other words. */
  static int direction(int flags) {
    return (flags & BOOSTS) != 0 ? 1 : (flags & DAMPENS) != 0 ? -1 : 0;
  }
}
