package io.newsflow.bench.corenlp;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Writes predictions the way {@code newsflow tag --format conll} does, for {@code
 * ../shared/tools/conll_score.py}: every line of the CoNLL file back, each token line with the
 * predicted IOB2 tag appended as a last column; blank and {@code -DOCSTART-} lines unchanged.
 */
final class ConllPredictions {
  private ConllPredictions() {}

  /** {@code tags} as {@link ValidSplit#tagWith} returns them for {@code conll}'s documents. */
  static void write(Path conll, String[][][] tags, Path out) throws IOException {
    Iterator<String> predicted =
        Arrays.stream(tags).flatMap(Arrays::stream).flatMap(Arrays::stream).iterator();
    try (BufferedReader in = Files.newBufferedReader(conll, StandardCharsets.UTF_8);
        BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.stripLeading().startsWith("-DOCSTART-")) {
          writer.write(line);
        } else if (predicted.hasNext()) {
          writer.write(line.stripTrailing() + " " + predicted.next());
        } else {
          throw new IllegalStateException("fewer predictions than tokens in " + conll);
        }
        writer.newLine();
      }
    }
    if (predicted.hasNext()) {
      throw new IllegalStateException("more predictions than tokens in " + conll);
    }
  }
}
