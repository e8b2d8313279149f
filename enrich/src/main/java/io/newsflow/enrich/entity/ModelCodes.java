package io.newsflow.enrich.entity;

import java.util.regex.Pattern;

/**
 * A name that ends in a model code is a product, not the company that makes it: "Model Y", "Galaxy
 * S25", "Airbus A310". The tagger sees a run of capitalised words and often calls it an
 * organisation; CoNLL-2003 annotates such names as MISC (in train, 10 of the 13 names ending in a
 * code are MISC, the others people's initials and one company). Only the tagger's organisations are
 * retyped: "Dieter U" stays a person. Codes of only digits are left alone, since clubs end in them
 * ("Schalke 04", "Hannover 96").
 */
final class ModelCodes {
  /** A single capital letter, or letters then digits ("S25", "A321neo"), but no quarter ("Q4"). */
  private static final Pattern CODE =
      Pattern.compile("(?![QH][1-4]$)(?:\\p{Lu}|\\p{L}{1,3}\\d+\\p{L}*)");

  void correct(String[] words, String[] tags) {
    for (int start = 0; start < tags.length; start++) {
      if (!tags[start].equals("B-ORG")) {
        continue;
      }
      int end = IobSpans.end(tags, start);
      if (end - start >= 2 && CODE.matcher(words[end - 1]).matches()) {
        IobSpans.retype(tags, start, end, "MISC");
      }
      start = end - 1;
    }
  }
}
