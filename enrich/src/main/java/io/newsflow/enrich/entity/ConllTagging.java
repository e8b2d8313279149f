package io.newsflow.enrich.entity;

import io.newsflow.enrich.entity.tagger.SequenceTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code newsflow tag --format conll}: reads CoNLL-2003 column text and writes every line back with
 * the predicted IOB2 tag appended as a last column. Blank lines and {@code -DOCSTART-} lines pass
 * through unchanged; the first column's tokens are used as they are; a document (the lines between
 * two {@code -DOCSTART-} lines) is tagged as a whole, so later sentences can use what earlier ones
 * said. Streams one document at a time. Thread-safe.
 */
public final class ConllTagging {
  private final SequenceTagger tagger;

  public ConllTagging(SequenceTagger tagger) {
    this.tagger = tagger;
  }

  /** With the committed model. */
  public static ConllTagging load() {
    return new ConllTagging(SequenceTagger.load());
  }

  public void tag(Reader in, Writer out) throws IOException {
    BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<String> document = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      if (isDocStart(line)) {
        writeDocument(document, out);
        document.clear();
        out.write(line);
        out.write('\n');
      } else {
        document.add(line);
      }
    }
    writeDocument(document, out);
    out.flush();
  }

  private static boolean isDocStart(String line) {
    return line.stripLeading().startsWith("-DOCSTART-");
  }

  /**
   * The line's first column: what {@code line.strip().split("\\s+", 2)[0]} gives, without compiling
   * a regular expression for every line (a third of the command's time went there).
   */
  static String firstColumn(String line) {
    String stripped = line.strip();
    for (int i = 0; i < stripped.length(); i++) {
      if (isRegexSpace(stripped.charAt(i))) {
        return stripped.substring(0, i);
      }
    }
    return stripped;
  }

  /** The characters of the regular expression class {@code \\s}. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private void writeDocument(List<String> lines, Writer out) throws IOException {
    List<String[]> sentences = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          sentences.add(current.toArray(String[]::new));
          current.clear();
        }
      } else {
        current.add(firstColumn(line));
      }
    }
    if (!current.isEmpty()) {
      sentences.add(current.toArray(String[]::new));
    }
    String[][] tags = tagger.tag(sentences);
    int s = 0;
    int i = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        if (i > 0) {
          s++;
          i = 0;
        }
        out.write(line);
      } else {
        out.write(line.stripTrailing());
        out.write(' ');
        out.write(tags[s][i++]);
      }
      out.write('\n');
    }
  }
}
