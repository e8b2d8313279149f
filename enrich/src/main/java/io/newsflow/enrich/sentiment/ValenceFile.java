package io.newsflow.enrich.sentiment;

import io.newsflow.enrich.table.TabRows;
import java.util.HashMap;
import java.util.Map;

/** Reads a classpath word list of {@code word TAB valence} lines ('#' starts a comment line). */
final class ValenceFile {
  private ValenceFile() {}

  static Map<String, Double> read(String resource) {
    TabRows rows = TabRows.resource(ValenceFile.class, resource);
    Map<String, Double> valences = new HashMap<>();
    while (rows.next()) {
      if (rows.fields() > 1 && !rows.is(0, "")) {
        valences.put(rows.text(0), rows.doubleValue(1));
      }
    }
    return valences;
  }
}
