package io.newsflow.enrich.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A run of capitalised words the tagger left untagged that is exactly the name of a brand or
 * company of {@code names-companies.tsv} (npm simple-icons, common English words left out) is an
 * organisation. Mostly one word opening a sentence ("Apple won an appeal", "Shopify reported"),
 * where capitals say nothing and the tagger, which learned from 1996 news, leaves a name it does
 * not know untagged. Only untagged words: the tagger's own types stand, since the list holds
 * products and words of other kinds too ("Norwegian", the airline, is tagged MISC as the
 * nationality).
 */
final class CompanyNames {
  /** The longest name looked up, in words. */
  private static final int LONGEST = 4;

  private final Set<String> names;

  /** {@code names}: lower case, words separated by one space. */
  CompanyNames(Set<String> names) {
    this.names = names;
  }

  void correct(String[] words, String[] tags) {
    int start = 0;
    while (start < words.length) {
      if (!IobSpans.outside(tags[start]) || !mixedCase(words[start])) {
        start++;
        continue;
      }
      int end = start + 1;
      while (end < words.length && IobSpans.outside(tags[end]) && mixedCase(words[end])) {
        end++;
      }
      if (end - start <= LONGEST && names.contains(lowerJoined(words, start, end))) {
        IobSpans.retype(tags, start, end, "ORG");
      }
      start = end;
    }
  }

  /**
   * "Apple", "eBay", "OpenAI": a capital and a lower-case letter. A word all in capitals is left
   * out: headlines in capitals say nothing by their case.
   */
  private static boolean mixedCase(String word) {
    // asked of every untagged word of every article: a loop, not two streams a word
    boolean upper = false;
    boolean lower = false;
    for (int i = 0; i < word.length() && !(upper && lower); ) {
      int c = word.codePointAt(i);
      upper |= Character.isUpperCase(c);
      lower |= Character.isLowerCase(c);
      i += Character.charCount(c);
    }
    return upper && lower;
  }

  private static String lowerJoined(String[] words, int start, int end) {
    return String.join(" ", Arrays.copyOfRange(words, start, end)).toLowerCase(Locale.ROOT);
  }
}
