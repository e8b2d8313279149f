package io.newsflow.enrich.text;

/**
 * One token of some text: {@code text} equals {@code source.substring(start, end)}, offsets in
 * UTF-16 code units.
 */
public record Token(String text, int start, int end) {
  public Token {
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("bad token '" + text + "' [" + start + ", " + end + ")");
    }
  }

  public Span span() {
    return new Span(start, end);
  }
}
