package io.newsflow.enrich.sentiment;

import java.util.Locale;

/**
 * A sentence cut into VADER's tokens: whitespace-separated words with their surrounding punctuation
 * stripped, except emoticons (":)", "&lt;3"), which stay whole when the lexicon knows them. Single
 * characters that the lexicon does not know ("a", "I", "-") are dropped, so that the three-word
 * windows of the rules look at words that matter. {@code valences} holds each token's lexicon
 * valence, NaN when the lexicon does not know it, {@code entries} its entry in the lexicon it was
 * cut with ({@link TokenLexicon#ABSENT} when none) and {@code rules} its {@link VaderWords#flags},
 * all from one look-up.
 */
public record VaderTokens(
    String[] words, String[] lower, double[] valences, int[] entries, int[] rules) {

  public static VaderTokens of(String text, VaderLexicon lexicon) {
    return of(text, (TokenLexicon) lexicon);
  }

  static VaderTokens of(String text, TokenLexicon lexicon) {
    int n = text.length();
    String[] words = new String[Math.max(4, n / 4)];
    String[] lower = new String[words.length];
    double[] valences = new double[words.length];
    int[] entries = new int[words.length];
    int[] rules = new int[words.length];
    int count = 0;
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (start == i) {
        break;
      }
      String raw = text.substring(start, i);
      String rawLower = raw.toLowerCase(Locale.ROOT);
      String word = raw;
      String wordLower = rawLower;
      int s = 0;
      int e = raw.length();
      while (s < e && isPunctuation(raw.charAt(s))) {
        s++;
      }
      while (e > s && isPunctuation(raw.charAt(e - 1))) {
        e--;
      }
      boolean punctuated = s > 0 || e < raw.length();
      int entry = punctuated ? lexicon.punctuatedEntry(rawLower) : lexicon.entry(rawLower);
      double valence = valenceOrNaN(lexicon, entry);
      if (Double.isNaN(valence) && punctuated) { // not an emoticon: the word within
        word = raw.substring(s, e);
        wordLower = rawLower.substring(s, e);
        entry = lexicon.entry(wordLower);
        valence = valenceOrNaN(lexicon, entry);
      }
      if (word.isEmpty()) {
        continue;
      }
      if (count == words.length) {
        words = java.util.Arrays.copyOf(words, count * 2);
        lower = java.util.Arrays.copyOf(lower, count * 2);
        valences = java.util.Arrays.copyOf(valences, count * 2);
        entries = java.util.Arrays.copyOf(entries, count * 2);
        rules = java.util.Arrays.copyOf(rules, count * 2);
      }
      words[count] = word;
      lower[count] = wordLower;
      valences[count] = valence;
      entries[count] = entry;
      rules[count] =
          entry == TokenLexicon.ABSENT ? VaderWords.flags(wordLower) : lexicon.rules(entry);
      count++;
    }
    return new VaderTokens(
        java.util.Arrays.copyOf(words, count),
        java.util.Arrays.copyOf(lower, count),
        java.util.Arrays.copyOf(valences, count),
        java.util.Arrays.copyOf(entries, count),
        java.util.Arrays.copyOf(rules, count));
  }

  private static double valenceOrNaN(TokenLexicon lexicon, int entry) {
    return entry == TokenLexicon.ABSENT ? Double.NaN : lexicon.valenceOrNaN(entry);
  }

  boolean known(int i) {
    return !Double.isNaN(valences[i]);
  }

  int size() {
    return words.length;
  }

  /** Whether a word starts or ends with {@link #isPunctuation punctuation}. */
  static boolean isPunctuated(String word) {
    return !word.isEmpty()
        && (isPunctuation(word.charAt(0)) || isPunctuation(word.charAt(word.length() - 1)));
  }

  /** ASCII punctuation, as Python's {@code string.punctuation} that VADER strips. */
  static boolean isPunctuation(char c) {
    return (c >= '!' && c <= '/')
        || (c >= ':' && c <= '@')
        || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~')
        || c == '“'
        || c == '”'
        || c == '‘'
        || c == '’'
        || c == '…'
        || c == '—'
        || c == '–';
  }

  /** Shouting: at least two letters, none of them lower case ("GREAT", "U.S.A"). */
  static boolean isAllCaps(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }
}
