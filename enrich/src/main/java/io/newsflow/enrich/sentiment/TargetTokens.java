package io.newsflow.enrich.sentiment;

import java.util.Arrays;

/**
 * A sentence cut into lower-case words and single punctuation marks, with what the target sentiment
 * features need of each, worked out once for all the mentions in the sentence: its feature id and
 * stem's id, which clause it is in, whether it stands inside quotation marks, whether a negation
 * governs it, its VADER valence, and its roles ({@link TargetRoles}). A word of the {@link
 * TargetVocabulary} has these looked up, its lower-case string shared; another is worked out from
 * its string. Read-only once built.
 */
final class TargetTokens {
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
  final double[] valence; // the lexicon's, flipped under a negation
  final boolean[] negation; // whether the word negates what follows
  final int[] wordRows; // the word's row in the scorer's TargetWordRows, or ABSENT
  final int[] stemRows; // its stem's
  final byte[] roles;
  final int[] wordsBefore; // words among tokens [0, t); wordsBefore[count] is all of them

  private TargetTokens(int[] starts, int[] ends, int count) {
    this.count = count;
    lower = new String[count];
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
    negation = new boolean[count];
    wordRows = new int[count];
    stemRows = new int[count];
    roles = new byte[count];
    wordsBefore = new int[count + 1];
  }

  static TargetTokens of(String text, TargetVocabulary vocabulary) {
    char[] chars = text.toCharArray(); // read char by char several times: no String.charAt checks
    int n = chars.length;
    int capacity = Math.max(8, n / 3);
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    int count = 0;
    int i = 0;
    while (i < n) {
      char c = chars[i];
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int from = i;
      if (Character.isLetterOrDigit(c)) {
        i++;
        while (i < n && (Character.isLetterOrDigit(chars[i]) || joins(chars, i))) {
          i++;
        }
      } else {
        i++;
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = from;
      ends[count] = i;
      count++;
    }
    TargetTokens t = new TargetTokens(starts, ends, count);
    for (int k = 0; k < count; k++) {
      vocabulary.describe(text, chars, k, t);
    }
    t.describe(chars);
    return t;
  }

  /** Fills in each token's facts, left to right: clauses, quotations and negations run on. */
  private void describe(char[] chars) {
    int current = 0;
    boolean inQuote = false;
    int negationLeft = 0;
    for (int t = 0; t < count; t++) {
      // the text's char rather than the lower-case word's: the same for every test below (none
      // of those marks has a case, and a letter lower-cased stays a letter), without reading the
      // word's string, scattered in the heap
      char c = chars[starts[t]];
      boolean isWord = Character.isLetterOrDigit(c);
      word[t] = isWord;
      wordsBefore[t + 1] = wordsBefore[t] + (isWord ? 1 : 0);
      if (!isWord && (c == ';' || c == ':' || c == '—' || c == '–' || c == '(' || c == ')')
          || isWord && is(t, TargetRoles.CONNECTIVE)) {
        current++;
        negationLeft = 0;
      }
      if (c == '“' || c == '‘' && !isWord) {
        inQuote = true;
      } else if (c == '”' || c == '’' && ends[t] - starts[t] == 1 && t > 0 && inQuote) {
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
        if (negated[t]) {
          valence[t] *= VaderSentenceScorer.NEGATION;
        }
        if (negation[t]) {
          negationLeft = SCOPE;
        }
      } else {
        valence[t] = 0; // punctuation is not scored, whatever the lexicon says of it
        if (c == ',' || c == '.') {
          negationLeft = 0;
        }
      }
    }
  }

  /** An apostrophe, hyphen, period or ampersand between two letters or digits stays in the word. */
  private static boolean joins(char[] text, int i) {
    char c = text[i];
    return (c == '\'' || c == '’' || c == '-' || c == '.' || c == '&')
        && i + 1 < text.length
        && Character.isLetterOrDigit(text[i + 1])
        && Character.isLetterOrDigit(text[i - 1]);
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
