package io.newsflow.enrich.sentiment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A sentence cut into lower-case words and single punctuation marks, with what the target sentiment
 * features need of each: which clause it is in, whether it stands inside quotation marks, whether a
 * negation governs it, and its VADER valence. {@code first..last} (inclusive) are the tokens of the
 * mention; when the mention covers no token, {@code first} is the token after it and {@code last =
 * first - 1}.
 */
record TargetTokens(
    String[] lower,
    int[] clause,
    boolean[] quoted,
    boolean[] negated,
    double[] valence,
    int count,
    int first,
    int last) {

  /** Words that open a clause of their own: a contrast, so each side is judged apart. */
  private static final Set<String> CONNECTIVES =
      Set.of("while", "whereas", "but", "although", "though", "however", "whilst", "yet");

  /** Words a negation's scope (three words) does not cross. */
  private static final int SCOPE = 3;

  static TargetTokens of(String text, int start, int end, VaderLexicon lexicon) {
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
    int first = 0;
    while (first < count && ends[first] <= start) {
      first++;
    }
    int last = first - 1;
    while (last + 1 < count && starts[last + 1] < end) {
      last++;
    }
    int[] clause = new int[count];
    boolean[] quoted = new boolean[count];
    boolean[] negated = new boolean[count];
    double[] valence = new double[count];
    int current = 0;
    boolean inQuote = false;
    int negationLeft = 0;
    for (int t = 0; t < count; t++) {
      String w = lower[t];
      char c = w.charAt(0);
      boolean word = Character.isLetterOrDigit(c);
      if (!word && (c == ';' || c == ':' || c == '—' || c == '–' || c == '(' || c == ')')
          || word && CONNECTIVES.contains(w)) {
        current++;
        negationLeft = 0;
      }
      if (c == '“' || c == '‘' && !word) {
        inQuote = true;
      } else if (c == '”' || c == '’' && w.length() == 1 && t > 0 && inQuote) {
        inQuote = false;
      } else if (c == '"') {
        inQuote = !inQuote;
      }
      clause[t] = current;
      quoted[t] = inQuote;
      if (word) {
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
    return new TargetTokens(lower, clause, quoted, negated, valence, count, first, last);
  }

  /** An apostrophe, hyphen, period or ampersand between two letters or digits stays in the word. */
  private static boolean joins(String text, int i) {
    char c = text.charAt(i);
    return (c == '\'' || c == '’' || c == '-' || c == '.' || c == '&')
        && i + 1 < text.length()
        && Character.isLetterOrDigit(text.charAt(i + 1))
        && Character.isLetterOrDigit(text.charAt(i - 1));
  }

  boolean isWord(int t) {
    return Character.isLetterOrDigit(lower[t].charAt(0));
  }

  /** The clause of the mention (of the token after it, when it covers none). */
  int targetClause() {
    return first < count ? clause[first] : count == 0 ? 0 : clause[count - 1];
  }
}
