package io.newsflow.enrich.entity.tagger;

/** Marks tokens that fall inside known names. */
public interface Gazetteer {
  /**
   * For lower-cased words of one sentence, returns per word null or space-separated labels such as
   * {@code "country:B demonym:U"} (list name and the word's place in the matched name).
   */
  String[] annotate(String[] lowerWords);
}
