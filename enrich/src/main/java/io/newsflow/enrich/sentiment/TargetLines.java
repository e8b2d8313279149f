package io.newsflow.enrich.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;

/**
 * Scores lines of {@code text TAB start TAB end}, where start and end are the UTF-16 offsets of one
 * mention in text, printing one score in [-1, 1] a line toward that mention, in the same order: the
 * offline {@code sentiment --targets} command. The text itself holds no tab; a line that is not of
 * this form stops the run with {@link BadLine}, after the scores of the lines before it. Lines in a
 * row on the same text (a sentence's mentions) share its tokenising and sentence score, as enrich
 * does. Not thread-safe.
 */
public final class TargetLines {
  private final TargetScorer scorer;
  private String text;
  private TargetScorer.Sentence sentence;

  public TargetLines(TargetScorer scorer) {
    this.scorer = scorer;
  }

  /** A line that is not {@code text TAB start TAB end} with a span of the text. */
  public static final class BadLine extends RuntimeException {
    private final long line;

    BadLine(long line, String message) {
      super(message);
      this.line = line;
    }

    /** The 1-based number of the bad line. */
    public long line() {
      return line;
    }
  }

  /** Scores every line of {@code in}, writing one score a line to {@code out}. */
  public void score(Reader in, Writer out) throws IOException {
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    String line;
    long number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      out.write(ScoreLines.format(scoreLine(line, number)));
      out.write('\n');
    }
    out.flush();
  }

  private double scoreLine(String line, long number) {
    int second = line.lastIndexOf('\t');
    int first = second <= 0 ? -1 : line.lastIndexOf('\t', second - 1);
    if (first < 0) {
      throw new BadLine(number, "expected text<TAB>start<TAB>end, found " + preview(line));
    }
    String text = line.substring(0, first);
    int start = offset(line.substring(first + 1, second), "start", number);
    int end = offset(line.substring(second + 1), "end", number);
    if (start > end || end > text.length()) {
      throw new BadLine(
          number,
          "the mention "
              + start
              + ".."
              + end
              + " is not inside the text (length "
              + text.length()
              + " in UTF-16 units; start <= end)");
    }
    if (!text.equals(this.text)) {
      this.text = text;
      sentence = scorer.sentence(text);
    }
    return sentence.score(start, end);
  }

  private static int offset(String field, String name, long number) {
    try {
      int value = Integer.parseInt(field.trim());
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new BadLine(number, name + " must be a whole number >= 0, found " + preview(field));
  }

  private static String preview(String s) {
    return "'" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "'";
  }
}
