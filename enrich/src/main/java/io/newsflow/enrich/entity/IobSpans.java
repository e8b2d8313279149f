package io.newsflow.enrich.entity;

/** Reading and rewriting spans of one sentence's IOB2 tags ("B-ORG", "I-ORG", "O") in place. */
final class IobSpans {
  private IobSpans() {}

  static boolean outside(String tag) {
    return tag.equals("O");
  }

  static String type(String tag) {
    return outside(tag) ? "O" : tag.substring(2);
  }

  /** The first token of the span that holds token {@code k} ({@code k} itself when it is O). */
  static int start(String[] tags, int k) {
    while (k > 0 && tags[k].startsWith("I-")) {
      k--;
    }
    return k;
  }

  /** One past the last token of the span that starts at {@code start}. */
  static int end(String[] tags, int start) {
    int end = start + 1;
    while (end < tags.length && tags[end].startsWith("I-")) {
      end++;
    }
    return end;
  }

  /** Tokens {@code [start, end)} become one span of {@code type}. */
  static void retype(String[] tags, int start, int end, String type) {
    tags[start] = "B-" + type;
    for (int i = start + 1; i < end; i++) {
      tags[i] = "I-" + type;
    }
  }

  /** A word that can be a name: capitalised, with two letters or more ("Statnett", "KPN"). */
  static boolean nameLike(String word) {
    return Character.isUpperCase(word.codePointAt(0))
        && word.codePoints().filter(Character::isLetter).count() >= 2;
  }
}
