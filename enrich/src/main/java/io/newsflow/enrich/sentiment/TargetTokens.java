package io.newsflow.enrich.sentiment;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A sentence cut into lower-case words and single punctuation marks, with what the target sentiment
 * features need of each, worked out once for all the mentions in the sentence: its feature id and
 * stem's id, which clause it is in, whether it stands inside quotation marks, whether a negation
 * governs it, its VADER valence, and its role ({@link #FUNCTION}, {@link #BE}, {@link #SAYING}).
 * Read-only once built.
 */
final class TargetTokens {
  /** A word skipped when looking for the word that links the mention to the rest. */
  static final byte FUNCTION = 1;

  /** A form of "be" (or "get"): "X was accused" is passive. */
  static final byte BE = 2;

  /** A verb of saying: "X said". */
  static final byte SAYING = 4;

  /** A word that opens a clause of its own: a contrast, so each side is judged apart. */
  private static final byte CONNECTIVE = 8;

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

  /** Words a negation's scope (three words) does not cross. */
  private static final int SCOPE = 3;

  final int count;
  final String[] lower;
  final int[] starts;
  final int[] ends;
  final boolean[] word;
  final long[] ids; // FeatureIds.word of lower
  final long[] stems; // FeatureIds.word of the stem; 0 when the word is its own stem
  final int[] stemLengths;
  final int[] clause;
  final boolean[] quoted;
  final boolean[] negated;
  final double[] valence;
  final byte[] roles;
  final int[] wordsBefore; // words among tokens [0, t); wordsBefore[count] is all of them

  private TargetTokens(String[] lower, int[] starts, int[] ends, int count) {
    this.count = count;
    this.lower = lower;
    this.starts = starts;
    this.ends = ends;
    word = new boolean[count];
    ids = new long[count];
    stems = new long[count];
    stemLengths = new int[count];
    clause = new int[count];
    quoted = new boolean[count];
    negated = new boolean[count];
    valence = new double[count];
    roles = new byte[count];
    wordsBefore = new int[count + 1];
  }

  static TargetTokens of(String text, VaderLexicon lexicon) {
    int n = text.length();
    int capacity = Math.max(8, n / 3);
    String[] lower = new String[capacity];
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    int count = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int from = i;
      if (Character.isLetterOrDigit(c)) {
        i++;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || joins(text, i))) {
          i++;
        }
      } else {
        i++;
      }
      if (count == lower.length) {
        lower = Arrays.copyOf(lower, count * 2);
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      lower[count] = text.substring(from, i).toLowerCase(Locale.ROOT);
      starts[count] = from;
      ends[count] = i;
      count++;
    }
    TargetTokens t = new TargetTokens(lower, starts, ends, count);
    t.describe(lexicon);
    return t;
  }

  /** Fills in each token's facts, left to right: clauses, quotations and negations run on. */
  private void describe(VaderLexicon lexicon) {
    int current = 0;
    boolean inQuote = false;
    int negationLeft = 0;
    for (int t = 0; t < count; t++) {
      String w = lower[t];
      char c = w.charAt(0);
      boolean isWord = Character.isLetterOrDigit(c);
      word[t] = isWord;
      wordsBefore[t + 1] = wordsBefore[t] + (isWord ? 1 : 0);
      ids[t] = FeatureIds.word(w);
      int stem = SentimentFeatures.stemLength(w);
      stemLengths[t] = stem;
      stems[t] = stem < w.length() ? FeatureIds.word(w, 0, stem) : 0;
      roles[t] = ROLES.getOrDefault(w, (byte) 0);
      if (!isWord && (c == ';' || c == ':' || c == '—' || c == '–' || c == '(' || c == ')')
          || isWord && is(t, CONNECTIVE)) {
        current++;
        negationLeft = 0;
      }
      if (c == '“' || c == '‘' && !isWord) {
        inQuote = true;
      } else if (c == '”' || c == '’' && w.length() == 1 && t > 0 && inQuote) {
        inQuote = false;
      } else if (c == '"') {
        inQuote = !inQuote;
      }
      clause[t] = current;
      quoted[t] = inQuote;
      if (isWord) {
        negated[t] = negationLeft > 0;
        if (negationLeft > 0) {
          negationLeft--;
        }
        double v = lexicon.valence(w);
        valence[t] = negated[t] ? v * VaderSentenceScorer.NEGATION : v;
        if (VaderSentenceScorer.isNegation(w)) {
          negationLeft = SCOPE;
        }
      } else if (c == ',' || c == '.') {
        negationLeft = 0;
      }
    }
  }

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

  /** An apostrophe, hyphen, period or ampersand between two letters or digits stays in the word. */
  private static boolean joins(String text, int i) {
    char c = text.charAt(i);
    return (c == '\'' || c == '’' || c == '-' || c == '.' || c == '&')
        && i + 1 < text.length()
        && Character.isLetterOrDigit(text.charAt(i + 1))
        && Character.isLetterOrDigit(text.charAt(i - 1));
  }

  boolean is(int t, byte role) {
    return (roles[t] & role) != 0;
  }

  /** The first token of a mention starting at {@code start}: the first that ends after it. */
  int first(int start) {
    int low = 0;
    int high = count;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (ends[mid] <= start) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /**
   * The last token of a mention whose first token is {@code first} and that ends at {@code end}
   * ({@code first - 1} when it covers none).
   */
  int last(int first, int end) {
    int last = first - 1;
    while (last + 1 < count && starts[last + 1] < end) {
      last++;
    }
    return last;
  }

  /** The clause of a mention (of the token after it, when it covers none). */
  int clauseOf(int first) {
    return first < count ? clause[first] : count == 0 ? 0 : clause[count - 1];
  }
}
