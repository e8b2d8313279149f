package io.newsflow.enrich.entity.tagger;

/** What a dictionary of English says about the case of a word. */
public interface WordCasing {
  /**
   * For a lower-cased word: "l" when English has it in lower case ("summit"), "c" when only
   * capitalised ("kowalski", "danube"), "lc" when both ("bush"), null when the dictionary lacks it.
   */
  String of(String lowerWord);

  WordCasing NONE = w -> null;
}
