package io.newsflow.enrich.sentiment;

/**
 * What cutting a sentence into {@link VaderTokens} reads of a lexicon: a lower-case token's entry,
 * found once, and from it both the token's VADER valence and its part in VADER's rules ({@link
 * VaderWords}). The news scorer's word table is one too, so that a token's valence, rules and model
 * facts come from a single look-up.
 */
interface TokenLexicon {
  int ABSENT = -1;

  /** The entry of a lower-case token, or {@link #ABSENT}. */
  int entry(String lowerCaseToken);

  /**
   * {@link #entry} for a token that starts or ends with {@link VaderTokens#isPunctuation
   * punctuation} ("said," "(who"), which is most often in no lexicon: a lexicon may turn it away
   * without a look-up in its big table.
   */
  default int punctuatedEntry(String lowerCaseToken) {
    return entry(lowerCaseToken);
  }

  /** VADER's valence of the entry's word, or NaN when VADER does not rate it. */
  double valenceOrNaN(int entry);

  /** The {@link VaderWords#flags} of the entry's word. */
  int rules(int entry);
}
