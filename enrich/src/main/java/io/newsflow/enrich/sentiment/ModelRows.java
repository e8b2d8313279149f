package io.newsflow.enrich.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The rows of a tab-separated model file, split at tabs; blank lines and # comments skipped. */
final class ModelRows {
  private ModelRows() {}

  static List<String[]> read(BufferedReader reader) throws IOException {
    List<String[]> rows = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      if (!line.isEmpty() && !line.startsWith("#")) {
        rows.add(line.split("\t"));
      }
    }
    return rows;
  }
}
