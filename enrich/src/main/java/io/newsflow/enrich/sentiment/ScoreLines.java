package io.newsflow.enrich.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores one text a line, printing one score in [-1, 1] a line in the same order: the offline
 * {@code sentiment} command. Lines of {@code id TAB rating TAB text} (the rated TSV files) are
 * scored on their text column when {@code --tsv} is given.
 *
 * <pre>
 * java -cp enrich/target/classes io.newsflow.enrich.sentiment.ScoreLines [--vader] [--tsv] [FILE...]
 * </pre>
 */
public final class ScoreLines {
  private final SentenceScorer scorer;
  private final boolean tsv;

  public ScoreLines(SentenceScorer scorer, boolean tsv) {
    this.scorer = scorer;
    this.tsv = tsv;
  }

  /** Scores every line of {@code in}, writing one score a line to {@code out}. */
  public void score(Reader in, Writer out) throws IOException {
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    String line;
    while ((line = lines.readLine()) != null) {
      String text = tsv ? textColumn(line) : line;
      out.write(format(scorer.score(text)));
      out.write('\n');
    }
    out.flush();
  }

  static String textColumn(String line) {
    int first = line.indexOf('\t');
    int second = first < 0 ? -1 : line.indexOf('\t', first + 1);
    return second < 0 ? line : line.substring(second + 1);
  }

  public static String format(double score) {
    return String.format(Locale.ROOT, "%.4f", VaderSentenceScorer.clamp(score));
  }

  public static void main(String[] args) throws IOException {
    boolean vader = false;
    boolean tsv = false;
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      switch (arg) {
        case "--vader" -> vader = true;
        case "--tsv" -> tsv = true;
        case "-h", "--help" -> {
          System.out.println("usage: ScoreLines [--vader] [--tsv] [FILE...]  (stdin without FILE)");
          return;
        }
        default -> files.add(Path.of(arg));
      }
    }
    SentenceScorer scorer = vader ? VaderSentenceScorer.load() : NewsSentenceScorer.load();
    ScoreLines scoreLines = new ScoreLines(scorer, tsv);
    PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    Writer out =
        new java.io.BufferedWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8));
    try {
      if (files.isEmpty()) {
        scoreLines.score(new InputStreamReader(System.in, StandardCharsets.UTF_8), out);
      }
      for (Path file : files) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          scoreLines.score(in, out);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
