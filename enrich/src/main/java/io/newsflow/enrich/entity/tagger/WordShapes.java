package io.newsflow.enrich.entity.tagger;

/**
 * What the features read from a word's characters alone: its normalised form, its shape, its
 * character flags, its letters, and whether a sentence is written in capitals. Pure functions.
 */
final class WordShapes {
  /**
   * Every combination of {@link #flags} once, so that tagging does not build the same strings
   * again.
   */
  private static final String[] FLAG_NAMES = new String[64];

  static {
    for (int m = 0; m < 64; m++) {
      FLAG_NAMES[m] =
          ((m & 1) != 0 ? "d" : "")
              + ((m & 2) != 0 ? "h" : "")
              + ((m & 4) != 0 ? "." : "")
              + ((m & 8) != 0 ? "U" : "")
              + ((m & 16) != 0 ? "l" : "")
              + ((m & 32) != 0 ? "L" : "S");
    }
  }

  private WordShapes() {}

  /** Folds typographic quotes to ASCII and digits to 0, so "1996" and "2021" look alike. */
  static String normalise(String word) {
    StringBuilder sb = null;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char r =
          switch (c) {
            case '’', '‘', '`' -> '\'';
            case '“', '”' -> '"';
            // ASCII first: this runs on every word of the vocabulary while the tagger loads
            default -> c <= '9' && c >= '0' || c > 0x7F && Character.isDigit(c) ? '0' : c;
          };
      if (r != c && sb == null) {
        sb = new StringBuilder(word.substring(0, i));
      }
      if (sb != null) {
        sb.append(r);
      }
    }
    return sb == null ? word : sb.toString();
  }

  /** "Blinken" -> "Xxx" (runs capped at {@code maxRun}), "U.S." -> "X.X.", "1996" -> "dd". */
  static String shape(String word, int maxRun) {
    StringBuilder sb = new StringBuilder(Math.min(word.length(), 12));
    char last = 0;
    int run = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char s =
          Character.isUpperCase(c)
              ? 'X'
              : Character.isLowerCase(c)
                  ? 'x'
                  : Character.isDigit(c) ? 'd' : Character.isLetter(c) ? 'l' : c;
      run = s == last ? run + 1 : 1;
      last = s;
      if (run <= maxRun) {
        sb.append(s);
      }
    }
    return sb.toString();
  }

  /**
   * Which kinds of character the word has (digit, hyphen, dot, upper, lower) and whether it is
   * long.
   */
  static String flags(String word) {
    boolean digit = false, hyphen = false, dot = false, upper = false, lower = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      digit |= Character.isDigit(c);
      hyphen |= c == '-';
      dot |= c == '.';
      upper |= Character.isUpperCase(c);
      lower |= Character.isLowerCase(c);
    }
    return FLAG_NAMES[
        (digit ? 1 : 0)
            | (hyphen ? 2 : 0)
            | (dot ? 4 : 0)
            | (upper ? 8 : 0)
            | (lower ? 16 : 0)
            | (word.length() > 4 ? 32 : 0)];
  }

  /** How many letters the word has (only upper-case ones when {@code upper}). */
  static int letters(String word, boolean upper) {
    int n = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c) && (!upper || Character.isUpperCase(c))) {
        n++;
      }
    }
    return n;
  }

  static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  /** Headlines like "SOCCER - JAPAN GET LUCKY WIN" carry no case information. */
  static boolean mostlyUpperCase(String[] words) {
    int letters = 0;
    int upper = 0;
    for (String w : words) {
      letters += letters(w, false);
      upper += letters(w, true);
    }
    return mostlyUpperCase(letters, upper);
  }

  /** As {@link #mostlyUpperCase(String[])}, from the letter counts the words already have. */
  static boolean mostlyUpperCase(WordForm[] words) {
    int letters = 0;
    int upper = 0;
    for (WordForm w : words) {
      letters += w.letters();
      upper += w.upperLetters();
    }
    return mostlyUpperCase(letters, upper);
  }

  private static boolean mostlyUpperCase(int letters, int upper) {
    return letters >= 6 && upper * 10 >= letters * 8;
  }
}
