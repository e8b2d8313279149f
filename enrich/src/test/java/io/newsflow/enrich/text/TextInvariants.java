package io.newsflow.enrich.text;

import java.util.List;

/**
 * What the tokenizer and the sentence splitter promise for any text: tokens are exact UTF-16
 * slices, in order, never overlapping, never holding a space, and together they hold every other
 * character; sentences are trimmed, in order, disjoint, and hold every character that is not white
 * space; a sentence's tokens lie inside it. Shared by {@link TextFuzzTest} and {@link
 * TextJazzerTest}. Plain checks rather than assertion chains: they run for every token of texts of
 * 300,000 characters.
 */
final class TextInvariants {
  private TextInvariants() {}

  static void check(String text) {
    checkTokens(text, Tokenizer.tokenize(text), 0, text.length());
    List<Span> sentences = Sentences.split(text);
    boolean[] inSentence = new boolean[text.length()];
    int previousEnd = 0;
    for (Span s : sentences) {
      require(
          s.start() >= previousEnd && s.end() > s.start() && s.end() <= text.length(),
          text,
          "sentence %s out of order or bounds",
          s);
      require(
          !Character.isWhitespace(text.charAt(s.start()))
              && !Character.isWhitespace(text.charAt(s.end() - 1)),
          text,
          "sentence %s not trimmed",
          s);
      for (int i = s.start(); i < s.end(); i++) {
        inSentence[i] = true;
      }
      checkTokens(text, Tokenizer.tokenize(text, s.start(), s.end()), s.start(), s.end());
      previousEnd = s.end();
    }
    for (int i = 0; i < text.length(); i++) {
      require(
          inSentence[i] || Character.isWhitespace(text.charAt(i)),
          text,
          "char %d (U+%04X) outside every sentence",
          i,
          (int) text.charAt(i));
    }
  }

  private static void checkTokens(String text, List<Token> tokens, int from, int to) {
    boolean[] covered = new boolean[to - from]; // of this range only: a text has many sentences
    int previousEnd = from;
    for (Token t : tokens) {
      require(
          t.start() >= previousEnd && t.end() > t.start() && t.end() <= to,
          text,
          "token %s out of order or outside [%d, %d)",
          t,
          from,
          to);
      require(
          text.substring(t.start(), t.end()).equals(t.text()),
          text,
          "token %s is not its slice",
          t);
      require(
          t.text().codePoints().noneMatch(Tokenizer::isSpace), text, "token %s holds a space", t);
      for (int i = t.start(); i < t.end(); i++) {
        covered[i - from] = true;
      }
      previousEnd = t.end();
    }
    for (int i = from; i < to; i++) {
      require(
          covered[i - from] || Tokenizer.isSpace(text.charAt(i)),
          text,
          "char %d (U+%04X) in no token",
          i,
          (int) text.charAt(i));
    }
  }

  private static void require(boolean holds, String text, String what, Object... args) {
    if (!holds) {
      throw new AssertionError(String.format(what, args) + " in " + shown(text));
    }
  }

  /** The text as Java escapes, cut short, to paste back into a test. */
  static String shown(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < Math.min(text.length(), 1_000); i++) {
      char c = text.charAt(i);
      out.append(
          c < 0x20 || c > 0x7e || c == '"' || c == '\\'
              ? String.format("\\u%04x", (int) c)
              : String.valueOf(c));
    }
    return out.append(text.length() > 1_000 ? "\"... (" + text.length() + " chars)" : "\"")
        .toString();
  }
}
