package io.newsflow.enrich.entity.tagger;

/**
 * Runs of capitalised words ("Deutsche Morgan Grenfell Group", "Bank of England": lower-case "of",
 * "for", "de" and "&amp;" may join two capitalised words, not "and", which more often lists two
 * names), and the head words that end them.
 */
final class CapitalisedRuns {
  private CapitalisedRuns() {}

  /**
   * For each word inside a run, the typed-name labels of the run's last word when they mark the
   * head of an organisation or place name ("cp.orgword", "cp.placeword"), with the word's place in
   * the run; else null.
   */
  static String[] heads(String[] words, String[][] typed) {
    int n = words.length;
    String[] out = new String[n];
    int i = 0;
    while (i < n) {
      if (!WordShapes.capitalised(words[i])) {
        i++;
        continue;
      }
      int end = end(words, i);
      String heads = null;
      for (String label : typed[end]) {
        if (label.startsWith("cp.orgword") || label.startsWith("cp.placeword")) {
          String head = label.substring(0, label.indexOf(':'));
          heads = heads == null ? head : heads + "+" + head;
        }
      }
      if (heads != null && end > i) {
        for (int j = i; j <= end; j++) {
          out[j] = heads + (j == i ? ":B" : j == end ? ":L" : ":I");
        }
      }
      i = end + 1;
    }
    return out;
  }

  /**
   * The last word (inclusive) of the run starting at word {@code i}; {@code i - 1} when it is not
   * capitalised.
   */
  static int end(String[] words, int i) {
    if (!WordShapes.capitalised(words[i])) {
      return i - 1;
    }
    int n = words.length;
    int end = i;
    while (end + 1 < n
        && (WordShapes.capitalised(words[end + 1])
            || end + 2 < n && joins(words[end + 1]) && WordShapes.capitalised(words[end + 2]))) {
      end += WordShapes.capitalised(words[end + 1]) ? 1 : 2;
    }
    return end;
  }

  private static boolean joins(String word) {
    return word.equals("of") || word.equals("for") || word.equals("&") || word.equals("de");
  }
}
