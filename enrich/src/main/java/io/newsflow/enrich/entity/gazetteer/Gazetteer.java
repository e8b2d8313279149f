package io.newsflow.enrich.entity.gazetteer;

/** Marks tokens that fall inside known names. */
public interface Gazetteer {
  /**
   * For lower-cased words of one sentence, returns per word null or space-separated labels such as
   * {@code "country:B demonym:U"} (list name and the word's place in the matched name).
   */
  String[] annotate(String[] lowerWords);

  /**
   * The names that start with this lower-cased word, or null when none does: what {@link #annotate}
   * looks up for each word. A function of the word alone, so a caller that meets the same words
   * again and again (the tagger keeps them per word) finds it once and passes it back.
   */
  Starts startsOf(String lowerWord);

  /** As {@link #annotate(String[])}, given {@link #startsOf} of each word. */
  String[] annotate(String[] lowerWords, Starts[] starts);

  /** The names that start with one word, as the gazetteer keeps them (opaque to callers). */
  interface Starts {}
}
