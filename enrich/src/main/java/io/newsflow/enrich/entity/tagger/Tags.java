package io.newsflow.enrich.entity.tagger;

import java.util.ArrayList;
import java.util.List;

/**
 * The BILOU tag set over the four CoNLL types (O, then B/I/L/U for PER, ORG, LOC, MISC), which
 * transitions are legal, and conversion to and from the IOB2 tags of the corpus and the contract.
 */
public final class Tags {
  public static final String[] TYPES = {"PER", "ORG", "LOC", "MISC"};
  public static final int COUNT = 1 + 4 * TYPES.length;
  public static final int O = 0;
  private static final char[] PREFIXES = {'B', 'I', 'L', 'U'};

  private Tags() {}

  public static int tag(char prefix, int type) {
    return 1 + type * 4 + new String(PREFIXES).indexOf(prefix);
  }

  public static char prefix(int tag) {
    return tag == O ? 'O' : PREFIXES[(tag - 1) % 4];
  }

  /** The type index 0..3, or -1 for O. */
  public static int type(int tag) {
    return tag == O ? -1 : (tag - 1) / 4;
  }

  public static String name(int tag) {
    return tag == O ? "O" : prefix(tag) + "-" + TYPES[type(tag)];
  }

  public static int typeIndex(String type) {
    for (int i = 0; i < TYPES.length; i++) {
      if (TYPES[i].equals(type)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown entity type " + type);
  }

  /**
   * ALLOWED[previous + 1][next]: the transition table, precomputed for the decoder's inner loop.
   */
  private static final boolean[][] ALLOWED = new boolean[COUNT + 1][COUNT];

  static {
    for (int p = -1; p < COUNT; p++) {
      for (int t = 0; t < COUNT; t++) {
        ALLOWED[p + 1][t] = computeAllowed(p, t);
      }
    }
  }

  /** Whether {@code next} may follow {@code previous} (-1 = sentence start). */
  public static boolean allowed(int previous, int next) {
    return ALLOWED[previous + 1][next];
  }

  private static boolean computeAllowed(int previous, int next) {
    boolean inside = previous >= 0 && (prefix(previous) == 'B' || prefix(previous) == 'I');
    char p = prefix(next);
    if (inside) {
      return (p == 'I' || p == 'L') && type(next) == type(previous);
    }
    return p == 'O' || p == 'B' || p == 'U';
  }

  /** Whether a sentence may end on {@code tag}. */
  public static boolean canEnd(int tag) {
    char p = prefix(tag);
    return p != 'B' && p != 'I';
  }

  /** IOB1/IOB2 tags of one sentence to BILOU tag ids. */
  public static int[] fromIob(List<String> iob) {
    int n = iob.size();
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      String t = iob.get(i);
      if (t.equals("O")) {
        out[i] = O;
        continue;
      }
      String type = t.substring(2);
      String previous = i > 0 ? iob.get(i - 1) : "O";
      boolean begins =
          t.startsWith("B-") || previous.equals("O") || !previous.substring(2).equals(type);
      String next = i + 1 < n ? iob.get(i + 1) : "O";
      boolean continues = next.startsWith("I-") && next.substring(2).equals(type);
      char prefix = begins ? (continues ? 'B' : 'U') : (continues ? 'I' : 'L');
      out[i] = tag(prefix, typeIndex(type));
    }
    return out;
  }

  private static final String[] BEGIN = {"B-PER", "B-ORG", "B-LOC", "B-MISC"};
  private static final String[] INSIDE = {"I-PER", "I-ORG", "I-LOC", "I-MISC"};

  /** BILOU tag ids to IOB2 strings; a tag that breaks the scheme starts a new span. */
  public static String[] toIob2(int[] tags) {
    String[] out = new String[tags.length];
    int previousType = -1;
    for (int i = 0; i < tags.length; i++) {
      int type = type(tags[i]);
      if (type < 0) {
        out[i] = "O";
      } else {
        char p = prefix(tags[i]);
        boolean continues = (p == 'I' || p == 'L') && previousType == type;
        out[i] = (continues ? INSIDE : BEGIN)[type];
      }
      char p = prefix(tags[i]);
      if (p == 'B' || p == 'I') {
        previousType = type;
      } else {
        previousType = -1;
      }
    }
    return out;
  }

  /** The spans [start, end, type] of an IOB2 sentence. */
  public static List<int[]> spans(String[] iob2) {
    List<int[]> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= iob2.length; i++) {
      String t = i < iob2.length ? iob2[i] : "O";
      boolean inside = !t.equals("O");
      String tType = inside ? t.substring(2) : null;
      boolean begins = inside && (t.startsWith("B-") || !tType.equals(type));
      if (type != null && (!inside || begins)) {
        spans.add(new int[] {start, i, typeIndex(type)});
        type = null;
      }
      if (begins) {
        start = i;
        type = tType;
      }
    }
    return spans;
  }
}
