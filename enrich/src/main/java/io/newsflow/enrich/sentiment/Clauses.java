package io.newsflow.enrich.sentiment;

import io.newsflow.enrich.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a sentence into clauses where it contrasts two things, so that each entity is judged by what
 * is said of it: "Russia was condemned | while Ukraine was praised". A clause starts at a
 * contrastive connective ("while", "whereas", "but", "although", "though", "however") and after a
 * semicolon or a spaced dash. Offsets are kept.
 */
final class Clauses {
  private static final Set<String> CONNECTIVES =
      Set.of("while", "whereas", "but", "although", "though", "however", "whilst");

  /** Connectives that open a subordinate clause, which a comma then closes. */
  private static final Set<String> SUBORDINATORS =
      Set.of("while", "whereas", "although", "though", "whilst");

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
      if (Character.isLetter(c)) {
        int wordEnd = i;
        while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
          wordEnd++;
        }
        String word = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
        if (CONNECTIVES.contains(word)) {
          if (hasLetters(text, start, i)) {
            add(text, clauses, start, i);
            start = i;
          }
          subordinate = SUBORDINATORS.contains(word);
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

  private static boolean hasLetters(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
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
