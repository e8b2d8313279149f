package io.newsflow.enrich.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Reads a classpath word list of {@code word TAB valence} lines ('#' starts a comment line). */
final class ValenceFile {
  private ValenceFile() {}

  static Map<String, Double> read(String resource) {
    try (InputStream in = ValenceFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, Double> valences = new HashMap<>();
      String line;
      while ((line = reader.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (!line.startsWith("#") && tab > 0) {
          valences.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
        }
      }
      return valences;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
