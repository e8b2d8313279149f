package io.newsflow.enrich.sentiment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The roles of the few words that the target sentiment features treat apart, as bit flags: {@link
 * #FUNCTION}, {@link #BE}, {@link #SAYING}, {@link #CONNECTIVE}.
 */
final class TargetRoles {
  /** A word skipped when looking for the word that links the mention to the rest. */
  static final byte FUNCTION = 1;

  /** A form of "be" (or "get"): "X was accused" is passive. */
  static final byte BE = 2;

  /** A verb of saying: "X said". */
  static final byte SAYING = 4;

  /** A word that opens a clause of its own: a contrast, so each side is judged apart. */
  static final byte CONNECTIVE = 8;

  private static final Set<String> CONNECTIVES =
      Set.of("while", "whereas", "but", "although", "though", "however", "whilst", "yet");

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the",
          "a",
          "an",
          "has",
          "have",
          "had",
          "will",
          "would",
          "also",
          "already",
          "just",
          "did",
          "does",
          "do",
          "could",
          "should",
          "may",
          "might",
          "can",
          "then",
          "now",
          "still",
          "'s",
          "’s",
          "himself",
          "herself",
          "reportedly",
          "allegedly",
          "recently",
          "quickly");

  private static final Set<String> BE_WORDS =
      Set.of("is", "was", "were", "are", "be", "been", "being", "got", "get", "gets");

  private static final Set<String> SAYING_WORDS =
      Set.of(
          "said",
          "says",
          "say",
          "told",
          "tells",
          "wrote",
          "writes",
          "added",
          "argued",
          "argues",
          "claimed",
          "claims",
          "tweeted",
          "stated",
          "insisted",
          "asked",
          "declared",
          "warned");

  /** Each word's roles, for one look-up per token instead of one per list. */
  private static final Map<String, Byte> ROLES = roles();

  private static Map<String, Byte> roles() {
    Map<String, Byte> roles = new HashMap<>();
    for (var list :
        List.of(
            Map.entry(FUNCTION_WORDS, FUNCTION),
            Map.entry(BE_WORDS, BE),
            Map.entry(SAYING_WORDS, SAYING),
            Map.entry(CONNECTIVES, CONNECTIVE))) {
      for (String w : list.getKey()) {
        roles.merge(w, list.getValue(), (a, b) -> (byte) (a | b));
      }
    }
    return Map.copyOf(roles);
  }

  private TargetRoles() {}

  /** The roles of a lower-case word, 0 for none. */
  static byte of(String lower) {
    return ROLES.getOrDefault(lower, (byte) 0);
  }

  /** Every word with a role. */
  static Set<String> words() {
    return ROLES.keySet();
  }
}
