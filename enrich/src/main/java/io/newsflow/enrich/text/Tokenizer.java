package io.newsflow.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits cleaned text into tokens the way CoNLL-2003 (Reuters, Penn Treebank conventions) does, so
 * a tagger trained on that corpus sees the same units: punctuation is split off, abbreviations keep
 * their full stop ("U.S.", "Mr."), possessives and clitics are split ("Ukraine" + "'s", "do" +
 * "n't"), hyphenated words stay whole ("Russia-Ukraine"), numbers keep their separators
 * ("1,250.5"). Curly apostrophes count as apostrophes. Every token's offsets point exactly into the
 * text and every character that is not a space ends up in exactly one token. Stateless and
 * thread-safe.
 */
public final class Tokenizer {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "lt", "col", "maj", "capt",
          "sgt", "adm", "gov", "sen", "rep", "rev", "hon", "messrs", "mt", "ft", "no", "vs", "etc",
          "inc", "corp", "co", "ltd", "plc", "bros", "dept", "jan", "feb", "mar", "apr", "jun",
          "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "cf", "ave");

  /**
   * {@link #isSpace} and {@link #isWordChar} of the ASCII characters, looked up instead of asked of
   * {@link Character}.
   */
  private static final boolean[] ASCII_SPACE = new boolean[128];

  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII_SPACE[c] = isAnySpace(c);
      ASCII_WORD[c] = isAnyWordChar(c);
    }
  }

  private Tokenizer() {}

  /** Whether a code point separates tokens: Unicode white space and no-break spaces. */
  public static boolean isSpace(int cp) {
    return cp < 128 ? ASCII_SPACE[cp] : isAnySpace(cp);
  }

  private static boolean isAnySpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  public static List<Token> tokenize(String text) {
    return tokenize(text, 0, text.length());
  }

  /** Tokenises {@code text[from, to)}; offsets are into the whole text. */
  public static List<Token> tokenize(String text, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (isSpace(cp)) {
        i += Character.charCount(cp);
      } else if (isWordChar(cp)) {
        i = word(text, i, to, tokens);
      } else {
        i = punctuation(text, i, to, cp, tokens);
      }
    }
    return tokens;
  }

  private static boolean isWordChar(int cp) {
    return cp < 128 ? ASCII_WORD[cp] : isAnyWordChar(cp);
  }

  private static boolean isAnyWordChar(int cp) {
    return Character.isLetterOrDigit(cp)
        || Character.getType(cp) == Character.NON_SPACING_MARK
        || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  /**
   * Characters that may join two word parts: "U.S", "Russia-Ukraine", "1,000", "AT&T", "O'Neill".
   */
  private static boolean joins(String text, int at, int to) {
    char c = text.charAt(at);
    if (at + 1 >= to) {
      return false;
    }
    int next = text.codePointAt(at + 1);
    if (!isWordChar(next)) {
      return false;
    }
    return switch (c) {
      case '-', '.', '&', '/', '_', '@', '·' -> true;
      case ',' -> at > 0 && Character.isDigit(text.charAt(at - 1)) && Character.isDigit(next);
      case '\'', '’' -> true;
      default -> false;
    };
  }

  private static int word(String text, int start, int to, List<Token> tokens) {
    int i = start;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (isWordChar(cp)) {
        i = Math.min(to, i + Character.charCount(cp));
      } else if (joins(text, i, to)) {
        i++;
      } else {
        break;
      }
    }
    int end = i;
    if (end < to && text.charAt(end) == '.' && keepsFullStop(text, start, end)) {
      end++;
    }
    splitClitics(text, start, end, tokens);
    return end;
  }

  /**
   * "U.S" + "." and "Mr" + "." and "J" + "." keep the full stop; "Brussels" + "." does not, nor
   * does an initial that ends a line, where it ends a sentence.
   */
  private static boolean keepsFullStop(String text, int start, int end) {
    String word = text.substring(start, end);
    if (word.indexOf('.') > 0) {
      // "U.S", "e.g", "a.m": short dotted parts
      for (String part : word.split("\\.", -1)) {
        if (part.isEmpty() || part.length() > 2 || !part.chars().allMatch(Character::isLetter)) {
          return false;
        }
      }
      return true;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return !endsLine(text, end + 1); // "J. Smith", but "its Model Y." at a paragraph's end
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether nothing but spaces or tabs follow {@code from} before the line or the text ends. */
  private static boolean endsLine(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  /** Splits "Ukraine's" into "Ukraine" "'s", "don't" into "do" "n't", "States'" stays whole. */
  private static void splitClitics(String text, int start, int end, List<Token> tokens) {
    int split = -1;
    int len = end - start;
    if (len >= 3 && isApostrophe(text.charAt(end - 2))) {
      char last = Character.toLowerCase(text.charAt(end - 1));
      if (last == 's' || last == 'm' || last == 'd') {
        split = end - 2;
      }
    }
    if (split < 0 && len >= 4 && isApostrophe(text.charAt(end - 3))) {
      String tail = text.substring(end - 2, end).toLowerCase(Locale.ROOT);
      if (tail.equals("ll") || tail.equals("re") || tail.equals("ve")) {
        split = end - 3;
      }
    }
    if (split < 0
        && len >= 4
        && isApostrophe(text.charAt(end - 2))
        && Character.toLowerCase(text.charAt(end - 1)) == 't'
        && Character.toLowerCase(text.charAt(end - 3)) == 'n') {
      split = end - 3; // "n't"
    }
    if (split > start) {
      add(text, start, split, tokens);
      add(text, split, end, tokens);
    } else {
      add(text, start, end, tokens);
    }
  }

  private static int punctuation(String text, int start, int to, int cp, List<Token> tokens) {
    int end = start + Character.charCount(cp);
    // runs of the same mark are one token: "...", "--", "!!"
    if (cp == '.' || cp == '-' || cp == '!' || cp == '?' || cp == '*' || cp == '=' || cp == '`') {
      while (end < to && text.charAt(end) == cp) {
        end++;
      }
    } else if (cp < 0x10000
        && isApostrophe((char) cp)
        && end < to
        && Character.toLowerCase(text.charAt(end)) == 's'
        && (end + 1 >= to || !isWordChar(text.codePointAt(end + 1)))) {
      end++; // a stray "'s" after a split elsewhere
    }
    add(text, start, end, tokens);
    return end;
  }

  private static void add(String text, int start, int end, List<Token> tokens) {
    tokens.add(new Token(text.substring(start, end), start, end));
  }
}
