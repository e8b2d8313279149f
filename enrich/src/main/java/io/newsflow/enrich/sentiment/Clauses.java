package io.newsflow.enrich.sentiment;

import io.newsflow.enrich.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a sentence into clauses where it contrasts two things, so that each entity is judged by what
 * is said of it: "Russia was condemned | while Ukraine was praised". A clause starts at a
 * contrastive connective ("while", "whereas", "but", "although", "though", "however") and after a
 * semicolon or a spaced dash. Offsets are kept.
 */
final class Clauses {
  /** The connectives that open a subordinate clause, which a comma then closes. */
  private static final String[] SUBORDINATORS = {
    "while", "whereas", "although", "though", "whilst"
  };

  /** The other connectives. */
  private static final String[] COORDINATORS = {"but", "however"};

  private Clauses() {}

  /** The clauses of {@code text[sentence.start, sentence.end)}, trimmed, in order. */
  static List<Span> split(String text, Span sentence) {
    List<Span> clauses = new ArrayList<>();
    int start = sentence.start();
    int i = sentence.start();
    int end = sentence.end();
    boolean subordinate = false;
    while (i < end) {
      char c = text.charAt(i);
      if (isLetter(c)) {
        int wordEnd = i;
        while (wordEnd < end && isLetter(text.charAt(wordEnd))) {
          wordEnd++;
        }
        boolean subordinator = isAny(SUBORDINATORS, text, i, wordEnd);
        if (subordinator || isAny(COORDINATORS, text, i, wordEnd)) {
          if (hasLetters(text, start, i)) {
            add(text, clauses, start, i);
            start = i;
          }
          subordinate = subordinator;
        }
        i = wordEnd;
        continue;
      }
      if (c == ',' && subordinate) {
        add(text, clauses, start, i); // "Although Paris objected, | Berlin agreed."
        start = i + 1;
        subordinate = false;
      } else if (c == ';'
          || (isDash(c)
              && i > 0
              && text.charAt(i - 1) == ' '
              && i + 1 < end
              && text.charAt(i + 1) == ' ')) {
        add(text, clauses, start, i);
        start = i + 1;
        subordinate = false;
      }
      i++;
    }
    add(text, clauses, start, end);
    return clauses;
  }

  /**
   * Whether {@code text[from, to)}, lower-cased, is one of {@code words}, compared in place: a
   * mention scored alone splits its sentence, and a string per word was most of that.
   */
  private static boolean isAny(String[] words, String text, int from, int to) {
    for (String word : words) {
      if (equalsLowerCased(word, text, from, to)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether lower-casing {@code text[from, to)} gives {@code word} (ASCII letters). Only ASCII
   * capitals lower-case to ASCII letters one for one (the Kelvin sign's 'k' is in no connective,
   * and a dotted capital I lower-cases to two chars), so other chars never match.
   */
  private static boolean equalsLowerCased(String word, String text, int from, int to) {
    if (to - from != word.length()) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 128 || (char) (c | 0x20) != word.charAt(i - from)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLetters(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** {@link Character#isLetter}, with ASCII, most of the text, decided without its tables. */
  private static boolean isLetter(char c) {
    return c < 128 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
  }

  private static boolean isDash(char c) {
    return c == '—' || c == '–' || c == '-';
  }

  private static void add(String text, List<Span> clauses, int start, int end) {
    while (start < end
        && !Character.isLetterOrDigit(text.charAt(start))
        && !isOpening(text.charAt(start))) {
      start++;
    }
    while (end > start
        && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
      end--;
    }
    if (end > start) {
      clauses.add(new Span(start, end));
    }
  }

  private static boolean isOpening(char c) {
    return c == '"' || c == '“' || c == '\'' || c == '‘' || c == '(';
  }
}
