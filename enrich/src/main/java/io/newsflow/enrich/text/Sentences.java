package io.newsflow.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits cleaned text into sentences, keeping exact offsets. A sentence ends at a line break or at
 * {@code . ! ?} (with any closing quotes or brackets) followed by space and a capital, digit or
 * opening quote, unless the word before the full stop is a title or abbreviation ("Mr.", "U.S.",
 * "Gen.") or a single initial ("J. Smith").
 */
public final class Sentences {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "lt", "col", "maj", "capt",
          "sgt", "adm", "gov", "sen", "rep", "rev", "hon", "pres", "insp", "supt", "messrs", "mt",
          "ft", "no", "nos", "vs", "etc", "inc", "corp", "co", "ltd", "plc", "bros", "dept", "univ",
          "assn", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec", "approx", "est", "fig", "al", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u");

  private Sentences() {}

  public static List<Span> split(String text) {
    List<Span> sentences = new ArrayList<>();
    int n = text.length();
    int start = skipSpace(text, 0);
    int i = start;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        add(text, sentences, start, i);
        start = skipSpace(text, i);
        i = start;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        int end = i + 1;
        while (end < n && isTerminalOrClosing(text.charAt(end))) {
          end++;
        }
        if (end >= n || (Character.isWhitespace(text.charAt(end)) && startsSentence(text, end))) {
          if (c != '.' || !isAbbreviation(text, start, i)) {
            add(text, sentences, start, end);
            start = skipSpace(text, end);
            i = start;
            continue;
          }
        }
        i = end;
        continue;
      }
      i++;
    }
    add(text, sentences, start, n);
    return sentences;
  }

  private static void add(String text, List<Span> sentences, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      sentences.add(new Span(start, end));
    }
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isTerminalOrClosing(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '"' || c == '\'' || c == ')'
        || c == ']' || c == '”' || c == '’' || c == '»';
  }

  /** Whether the text after {@code i} (a space) looks like the start of a new sentence. */
  private static boolean startsSentence(String text, int i) {
    int j = i;
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    if (j >= text.length() || text.charAt(j) == '\n' || text.charAt(j) == '\r') {
      return true;
    }
    char c = text.charAt(j);
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || c == '"'
        || c == '“'
        || c == '\''
        || c == '‘'
        || c == '('
        || c == '«'
        || c == '-'
        || c == '—';
  }

  /** Whether the word ending at the full stop {@code dot} is an abbreviation or an initial. */
  private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
    int wordStart = dot;
    while (wordStart > sentenceStart
        && !Character.isWhitespace(text.charAt(wordStart - 1))
        && text.charAt(wordStart - 1) != '('
        && text.charAt(wordStart - 1) != '"') {
      wordStart--;
    }
    String word = text.substring(wordStart, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial: "J. Smith"
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }
}
